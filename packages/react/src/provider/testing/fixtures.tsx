import { defineGuidepost, memoryAdapter, SNAPSHOT_VERSION, type Snapshot } from '@guidepost/core';
import { useGuide } from '../../hooks/use-guide';

export { eventLog } from './event-log';

/** A tour for everyone, a tour for trial users, and the segments the hook tests ask about. */
export const definition = defineGuidepost({
  segments: {
    trial: { attr: 'plan', eq: 'trial' },
    newUser: { daysSince: 'signedUpAt', lte: 14 },
    activated: { event: 'project_created', count: { gte: 1 } },
    activeThisWeek: { event: 'project_created', within: '7d' },
    welcomed: { guide: 'welcome', is: 'dismissed' },
  },
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  events: ['project_created'],
  guides: {
    welcome: {
      kind: 'tour',
      steps: [
        { id: 'projects', title: 'Your projects' },
        { id: 'create', title: 'Create one' },
        { id: 'share', title: 'Share it' },
      ],
    },
  },
});

/** Storage holding user `u1` with the welcome tour active at `stepId`. */
export function storageAtStep(stepId: string, stepIndex: number) {
  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION,
    userId: 'u1',
    guides: { welcome: { status: 'active', version: 1, resetAt: 0, shows: 1, stepId, stepIndex } },
    events: {},
  };
  return memoryAdapter([snapshot]);
}

/** Shows what the user sees of the welcome tour: its current step, or nothing. */
export function WelcomeStatus({ label = 'welcome' }: { readonly label?: string }) {
  const guide = useGuide('welcome');
  return <p aria-label={label}>{guide?.open ? `step ${guide.stepId ?? ''}` : 'closed'}</p>;
}
