import { defineGuidepost } from '@guidepost/core';
import { AnnouncementModal, Tour, useGuidepost } from '../index';

/** A small app's guides: a tour for new trial users, a release note from 3 December. */
export const definition = defineGuidepost({
  segments: {
    trial: { attr: 'plan', eq: 'trial' },
    paying: { attr: 'plan', in: ['pro', 'enterprise'] },
    newUser: { daysSince: 'signedUpAt', lte: 14 },
    activated: { event: 'project_created', count: { gte: 1 } },
    bigTeam: { attr: 'company.seats', gt: 50 },
    pilot: { rollout: { percent: 10, salt: 'pilot' } },
  },
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  events: ['project_created', 'invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      audience: {
        all: [{ segment: 'trial' }, { segment: 'newUser' }, { not: { segment: 'activated' } }],
      },
      steps: [
        { id: 'projects', target: 'nav-projects', title: 'Your projects' },
        {
          id: 'create',
          target: 'new-project',
          title: 'Create one',
          advanceOn: { event: 'project_created' },
        },
        { id: 'done', title: 'All set' },
      ],
    },
    release: {
      kind: 'announcement',
      audience: { tier: ['low', 'tech'] },
      schedule: { from: '2026-12-03', until: '2027-01-15' },
      title: 'New: bulk export',
    },
  },
});

/** The app under test: a sidebar with the anchors, the tour and the release note. */
export function App() {
  const guidepost = useGuidepost<typeof definition>();
  return (
    <>
      <nav>
        <a href="#projects" data-guidepost="nav-projects">
          Projects
        </a>
        <button
          type="button"
          data-guidepost="new-project"
          onClick={() => guidepost.track('project_created')}
        >
          New project
        </button>
      </nav>
      <Tour id="welcome" />
      <AnnouncementModal id="release" />
    </>
  );
}
