import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      priority: 10,
      steps: [
        { id: 'projects', route: '/projects', title: 'Your projects' },
        { id: 'create', route: '/projects', target: 'new-project', advanceOn: { click: true } },
        { id: 'name', route: '/projects/new', title: 'Name it' },
      ],
    },
    release: { kind: 'announcement', priority: 1, title: 'New: scheduled reports' },
  },
});

function setup() {
  const time = createManualClock(Date.UTC(2026, 11, 1));
  const engine = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    locks: null,
    now: time.now,
    scheduler: time.scheduler,
    route: '/projects',
  });
  const open = () =>
    Object.entries(engine.getState().guides)
      .filter(([, guide]) => guide.open)
      .map(([id]) => id);
  engine.next('welcome');
  return { engine, open, time };
}

describe('a tour moving to a step on another route', () => {
  it('keeps the modal channel while the app catches up, so a lower-priority pop-up never cuts in', () => {
    const { engine, open } = setup();
    expect(open()).toEqual(['welcome']);
    // The click on the target advances the tour before the app reports its new route.
    engine.next('welcome');
    expect(engine.getState().guides.welcome?.stepId).toBe('name');
    expect(open()).toEqual(['welcome']);
    engine.setRoute('/projects/new');
    expect(open()).toEqual(['welcome']);
    expect(engine.getState().guides.welcome?.stepId).toBe('name');
  });

  it('lets go when the next route the app reports is not the step’s', () => {
    const { engine, open } = setup();
    engine.next('welcome');
    engine.setRoute('/billing');
    expect(open()).toEqual(['release']);
  });

  it('lets go at once when the user navigates away from the step’s route', () => {
    const { engine, open } = setup();
    engine.setRoute('/settings');
    expect(open()).toEqual(['release']);
  });

  it('lets go after 3 s when the click did not navigate after all', () => {
    const { engine, open, time } = setup();
    engine.next('welcome');
    time.advance(2900);
    expect(open()).toEqual(['welcome']);
    time.advance(200);
    expect(open()).toEqual(['release']);
  });
});
