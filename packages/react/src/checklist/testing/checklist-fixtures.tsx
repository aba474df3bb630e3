import {
  defineGuidepost,
  memoryAdapter,
  type GuidepostDefinition,
  type GuidepostEvent,
  type StorageAdapter,
  type UserAttributes,
} from '@guidepost/core';
import type { ReactNode } from 'react';
import { useGuidepost } from '../../provider/guidepost-context';
import { GuidepostProvider } from '../../provider/guidepost-provider';

export { eventLog } from '../../provider/testing/event-log';

/** A manual tour and a checklist with every kind of item, one of them only for admins. */
export const checklistDefinition = defineGuidepost({
  events: ['project_created', 'invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [{ id: 'hello', title: 'Welcome aboard' }],
    },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      description: 'Five tasks to your first export.',
      items: [
        { id: 'tour', label: 'Take the tour', startGuide: 'welcome' },
        { id: 'project', label: 'Create a project', completeOn: { event: 'project_created' } },
        { id: 'invite', label: 'Invite a teammate', completeOn: { event: 'invite_sent' } },
        { id: 'profile', label: 'Fill in your profile', description: 'A name and a photo.' },
        { id: 'help', label: 'Read the help', href: '/help' },
        {
          id: 'billing',
          label: 'Set up billing',
          href: '/billing',
          audience: { attr: 'role', eq: 'admin' },
        },
      ],
    },
  },
});

/** Hands the provider's engine to a test. */
export function CaptureEngine({
  onEngine,
}: {
  readonly onEngine: (engine: ReturnType<typeof useGuidepost>) => void;
}) {
  onEngine(useGuidepost());
  return null;
}

/** Options of {@link withChecklistProvider}. */
export interface ProviderOptions {
  readonly user?: UserAttributes;
  readonly storage?: StorageAdapter;
  readonly onEvent?: (event: GuidepostEvent) => void;
  readonly definition?: GuidepostDefinition;
}

/** Wraps `children` in a provider over the checklist definition with in-memory storage. */
export function withChecklistProvider(children: ReactNode, options: ProviderOptions = {}) {
  return (
    <GuidepostProvider
      definition={options.definition ?? checklistDefinition}
      storage={options.storage ?? memoryAdapter()}
      user={options.user ?? { id: 'u1' }}
      onError={() => undefined}
      {...(options.onEvent === undefined ? {} : { onEvent: options.onEvent })}
    >
      {children}
    </GuidepostProvider>
  );
}
