import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';

const definition = defineGuidepost({
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'intro', title: 'Hello' },
        { id: 'list', target: 'todo-list', title: 'Your todos' },
        { id: 'filters', target: 'filters', title: 'Filter them' },
      ],
    },
  },
});

function setup() {
  const events: GuidepostEvent[] = [];
  const engine = createGuidepost(definition, {
    storage: memoryAdapter(),
    locks: null,
    onEvent: (event) => events.push(event),
    onError: () => undefined,
  });
  engine.start('welcome');
  const names = () =>
    events
      .filter((event) => event.name.startsWith('step_') || event.name.startsWith('guide_'))
      .map((event) => ('stepId' in event ? `${event.name} ${event.stepId}` : event.name));
  return { engine, events, names };
}

describe('skip: steps passed over never complete a tour', () => {
  it('reports step_skipped for the step passed over, then shows the next', () => {
    const { engine, names } = setup();
    engine.next('welcome');
    engine.skip('welcome');
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'active', stepId: 'filters' });
    expect(names()).toEqual([
      'guide_shown',
      'step_viewed intro',
      'step_completed intro',
      'step_viewed list',
      'step_skipped list',
      'step_viewed filters',
    ]);
  });

  it('a tour that runs out of steps by skipping ends dismissed as target_missing, not completed', () => {
    const { engine, events, names } = setup();
    engine.next('welcome');
    engine.skip('welcome');
    engine.skip('welcome');
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'dismissed', open: false });
    expect(names().slice(-2)).toEqual(['step_skipped filters', 'guide_dismissed filters']);
    expect(events.find((event) => event.name === 'guide_dismissed')).toMatchObject({
      reason: 'target_missing',
    });
    expect(events.some((event) => event.name === 'guide_completed')).toBe(false);
  });

  it("skipping 'back' goes to the step before, and from the first step goes on", () => {
    const { engine, names } = setup();
    engine.goTo('welcome', 'filters');
    engine.skip('welcome', 'back');
    expect(engine.getState().guides.welcome.stepId).toBe('list');
    engine.goTo('welcome', 'intro');
    engine.skip('welcome', 'back');
    expect(engine.getState().guides.welcome.stepId).toBe('list');
    expect(names().filter((name) => name.startsWith('step_skipped'))).toEqual([
      'step_skipped filters',
      'step_skipped intro',
    ]);
  });

  it('completes only through the last step, shown and finished', () => {
    const { engine, names } = setup();
    engine.next('welcome');
    engine.next('welcome');
    engine.next('welcome');
    expect(engine.getState().guides.welcome.status).toBe('completed');
    expect(names().slice(-2)).toEqual(['step_completed filters', 'guide_completed']);
  });
});
