import { describe, expectTypeOf, it } from 'vitest';
import { defineGuidepost } from '../guides';
import type { GuidepostDefinition } from '../guides/types';
import { createGuidepost, createGuidepostEngine } from './create-guidepost';
import { localStoragePersistence } from './plugins/persistence';
import type { GuidepostState, GuideView } from './model/types';

const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  events: ['invite_sent'],
  guides: {
    welcome: {
      kind: 'tour',
      audience: { segment: 'trial' },
      steps: [
        { id: 'projects', target: 'sidebar-projects', title: 'Your projects' },
        { id: 'create', target: 'new-project', advanceOn: { event: 'project_created' } },
      ],
    },
    release: { kind: 'announcement', title: 'New: bulk export' },
    'getting-started': {
      kind: 'checklist',
      title: 'Get started',
      items: [{ id: 'invite', label: 'Invite', completeOn: { event: 'invite_sent' } }],
    },
  },
});

const guidepost = createGuidepost(definition);

describe('createGuidepost names', () => {
  it('accepts only the guide ids of the definition', () => {
    guidepost.start('welcome');
    guidepost.dismiss('release');
    // @ts-expect-error 'welcom' is not a guide id
    guidepost.start('welcom');
    // @ts-expect-error 'relase' is not a guide id
    guidepost.snooze('relase', '1d');
  });

  it('accepts only the event names of the definition', () => {
    guidepost.track('project_created');
    guidepost.track('invite_sent', { from: 'settings' });
    // @ts-expect-error 'typo' is not an event of the definition
    guidepost.track('typo');
  });

  it('accepts only a tour and its step ids in goTo', () => {
    guidepost.goTo('welcome', 'create');
    // @ts-expect-error 'share' is not a step of welcome
    guidepost.goTo('welcome', 'share');
    // @ts-expect-error release is not a tour
    guidepost.goTo('release', 'projects');
  });

  it('accepts only a checklist and its item ids in completeItem', () => {
    guidepost.completeItem('getting-started', 'invite');
    // @ts-expect-error 'invte' is not an item of getting-started
    guidepost.completeItem('getting-started', 'invte');
    // @ts-expect-error welcome is not a checklist
    guidepost.completeItem('welcome', 'invite');
  });

  it('types state, eligible and listeners by guide id', () => {
    expectTypeOf(guidepost.eligible()).toEqualTypeOf<
      ('welcome' | 'release' | 'getting-started')[]
    >();
    expectTypeOf(guidepost.getState().guides.welcome).toEqualTypeOf<
      GuideView<'welcome' | 'release' | 'getting-started'>
    >();
    createGuidepost(definition, {
      onEvent: (event) => {
        expectTypeOf(event.guideId).toEqualTypeOf<'welcome' | 'release' | 'getting-started'>();
      },
    });
  });

  it('takes the Web Locks of the browser as they are', () => {
    createGuidepost(definition, { locks: navigator.locks });
    createGuidepost(definition, { locks: null });
  });

  it('falls back to plain strings for a definition read at run time', () => {
    const parsed: GuidepostDefinition = definition;
    const loose = createGuidepost(parsed);
    loose.start('anything');
    loose.track('any_event');
    expectTypeOf(loose.getState()).toEqualTypeOf<GuidepostState<string>>();
  });
});

describe('createGuidepostEngine', () => {
  it('types ids by the definition, as createGuidepost does', () => {
    const lean = createGuidepostEngine(definition, { plugins: [localStoragePersistence()] });
    lean.start('welcome');
    // @ts-expect-error: not a guide of this definition
    lean.start('welcom');
  });

  it('takes its seams as plugins, not as options', () => {
    // @ts-expect-error: persistence is a plugin of the lean engine
    createGuidepostEngine(definition, { storage: undefined });
    // @ts-expect-error: the interruption budget is a plugin of the lean engine
    createGuidepostEngine(definition, { interruptions: { perDay: 1 } });
  });
});
