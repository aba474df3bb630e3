import { describe, expect, it } from 'vitest';
import { defineGuidepost } from '../guides';
import type { GuideFrequency } from '../guides/types';
import { memoryAdapter } from '../persistence';
import type { ShowLocks } from './plugins/web-locks';
import { createGuidepost } from './create-guidepost';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function setup<D extends Parameters<typeof createGuidepost>[0]>(
  definition: D,
  user: Record<string, unknown> = { id: 'u1' },
  route?: string,
) {
  const { engine, events, time } = recordEngine(definition, {
    start: START,
    user,
    ...(route === undefined ? {} : { route }),
  });
  const shown = () => events.filter((e) => e.name === 'guide_shown').map((e) => e.guideId);
  return { engine, events, time, shown };
}

describe('grouped announcements', () => {
  const notes = defineGuidepost({
    guides: {
      october: { kind: 'announcement', title: 'Oct', publishedAt: '2026-10-01' },
      undated: { kind: 'announcement', title: 'Undated' },
      november: { kind: 'announcement', title: 'Nov', schedule: { from: '2026-11-01' } },
      december: { kind: 'announcement', title: 'Dec', publishedAt: '2026-12-01' },
    },
  });

  it('pages every unseen announcement through one modal show, newest first', () => {
    const { engine, shown } = setup(notes);
    expect(engine.getState().modal).toEqual(['december', 'november', 'october', 'undated']);
    expect(shown()).toEqual(['october', 'undated', 'november', 'december']);
    // eligible() lists them as they page, which is the order the user sees them in.
    expect(engine.eligible()).toEqual(['december', 'november', 'october', 'undated']);
    expect(engine.explain('undated')).toMatchObject({ eligible: true, reasons: [] });
  });

  it('gathers the pages of a group whose cross-tab claims are granted one by one', async () => {
    const grants: (() => void)[] = [];
    const locks: ShowLocks = {
      request: (_name, _options, callback) =>
        new Promise((resolve) => {
          grants.push(() => resolve(callback({})));
        }),
    };
    const engine = createGuidepost(notes, {
      user: { id: 'u1' },
      storage: memoryAdapter(),
      now: () => START,
      locks,
      onError: () => undefined,
    });
    expect(engine.getState().modal).toEqual([]);
    for (const grant of grants.splice(0)) grant();
    await Promise.resolve();
    expect(engine.getState().modal).toEqual(['december', 'november', 'october', 'undated']);
    engine.destroy();
  });

  it('opens such a group once, all pages together, after the last claim is answered', async () => {
    const answers: ((granted: boolean) => void)[] = [];
    const locks: ShowLocks = {
      request: (_name, _options, callback) =>
        new Promise((resolve) => {
          answers.push((granted) => resolve(callback(granted ? {} : null)));
        }),
    };
    const engine = createGuidepost(notes, {
      user: { id: 'u1' },
      storage: memoryAdapter(),
      now: () => START,
      locks,
      onError: () => undefined,
    });
    const modals: (readonly string[])[] = [];
    engine.subscribe((state) => {
      if (modals.at(-1) !== state.modal) modals.push(state.modal);
    });
    const [first, second, third, last] = answers.splice(0);
    for (const answer of [first, second, third]) {
      answer?.(true);
      await Promise.resolve();
      expect(engine.getState().modal).toEqual([]);
    }
    // Another tab shows the last one: the three granted here open together without it.
    last?.(false);
    await Promise.resolve();
    const opened = modals.filter((modal) => modal.length > 0);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toHaveLength(3);
    engine.destroy();
  });

  it('keeps the other pages when one is completed, and frees the channel when all close', () => {
    const { engine } = setup(notes);
    engine.complete('november');
    expect(engine.getState().modal).toEqual(['december', 'october', 'undated']);
    for (const id of engine.getState().modal) engine.close(id, 'close');
    expect(engine.getState().modal).toEqual([]);
  });

  it('lets a tour first in show order hold the channel alone', () => {
    const withTour = defineGuidepost({
      guides: {
        ...notes.guides,
        welcome: { kind: 'tour', priority: 2, steps: [{ id: 'intro', title: 'Hi' }] },
      },
    });
    const { engine, time } = setup(withTour);
    expect(engine.getState().modal).toEqual(['welcome']);
    engine.complete('welcome');
    // They wait for the interruption budget's gap after the tour, then show as one.
    expect(engine.getState().modal).toEqual([]);
    time.advance(3 * 60_000);
    expect(engine.getState().modal).toEqual(['december', 'november', 'october', 'undated']);
  });
});

describe('a tour off its route', () => {
  const definition = defineGuidepost({
    guides: {
      billing: {
        kind: 'tour',
        trigger: 'manual',
        priority: 5,
        steps: [
          { id: 'plans', route: '/settings/*', title: 'Plans' },
          { id: 'home', route: '/home', title: 'Back home' },
        ],
      },
      release: { kind: 'announcement', title: 'Release', trigger: 'manual' },
    },
  });

  it('waits without holding the modal channel, and takes it when its route comes', () => {
    const { engine } = setup(definition, { id: 'u1' }, '/home');
    expect(engine.start('billing')).toBe(false);
    expect(engine.explain('billing').reasons.map((r) => r.code)).toEqual(['route']);
    expect(engine.start('release')).toBe(true);
    engine.setRoute('/settings/billing');
    expect(engine.getState().modal).toEqual(['release']);
    engine.close('release', 'close');
    expect(engine.getState().modal).toEqual(['billing']);
    expect(engine.getState().guides.billing).toMatchObject({ stepId: 'plans', shows: 1 });
  });

  it('lets go of the channel when the app leaves its step route, and resumes there', () => {
    const { engine, shown } = setup(definition, { id: 'u1' }, '/settings');
    engine.start('billing');
    engine.setRoute('/projects');
    expect(engine.getState().guides.billing).toMatchObject({ status: 'active', open: false });
    expect(engine.start('release')).toBe(true);
    engine.complete('release');
    engine.setRoute('/settings');
    expect(engine.getState().guides.billing).toMatchObject({ open: true, stepId: 'plans' });
    expect(shown()).toEqual(['billing', 'release']);
  });
});

describe('hint shows end, so frequency counts', () => {
  const hint = (frequency: GuideFrequency | undefined) =>
    defineGuidepost({
      guides: {
        hint: {
          kind: 'tooltip',
          target: 'export',
          body: 'Export here',
          ...(frequency === undefined ? {} : { frequency }),
        },
      },
    });

  it.each<[string, GuideFrequency | undefined, number]>([
    ['every time (the default for a text hint)', undefined, 6],
    ['once', { once: true }, 1],
    ['maxShows 3', { maxShows: 3 }, 3],
    ['every time', {}, 6],
  ])('%s: shown, then closed five times, it shows %i times in all', (_, frequency, count) => {
    const { engine, shown } = setup(hint(frequency));
    for (let i = 0; i < 5; i += 1) engine.close('hint');
    expect(shown()).toHaveLength(count);
    expect(engine.getState().guides.hint.shows).toBe(count);
  });

  it('waits the cooldown after the close before it shows again', () => {
    const { engine, time } = setup(hint({ cooldown: '1h' }));
    time.advance(3 * HOUR);
    engine.close('hint');
    expect(engine.getState().guides.hint.open).toBe(false);
    time.advance(HOUR - 1);
    expect(engine.getState().guides.hint.open).toBe(false);
    time.advance(1);
    expect(engine.getState().guides.hint).toMatchObject({ open: true, shows: 2 });
  });
});

describe('checklist items by audience', () => {
  const definition = defineGuidepost({
    guides: {
      start: {
        kind: 'checklist',
        title: 'Get started',
        items: [
          { id: 'profile', label: 'Profile' },
          { id: 'trial', label: 'Trial tips', audience: { daysSince: 'signedUpAt', lte: 3 } },
          {
            id: 'invite',
            label: 'Invite',
            audience: { event: 'project_created', count: { gte: 1 } },
          },
        ],
      },
    },
  });
  const user = { id: 'u1', signedUpAt: START - 2 * DAY };

  it('lists the items the user sees now on the guide view', () => {
    const { engine } = setup(definition, user);
    expect(engine.getState().guides.start.visibleItems).toEqual(['profile', 'trial']);
  });

  it('re-judges them when usage or the clock crosses a boundary', () => {
    const { engine, time } = setup(definition, user);
    const before = engine.getState().guides.start;
    engine.track('project_created');
    expect(engine.getState().guides.start.visibleItems).toEqual(['profile', 'trial', 'invite']);
    expect(before.visibleItems).toEqual(['profile', 'trial']);
    time.advance(2 * DAY);
    expect(engine.getState().guides.start.visibleItems).toEqual(['profile', 'invite']);
  });

  it('keeps the view object when nothing the user sees changed', () => {
    const { engine, time } = setup(definition, user);
    const before = engine.getState().guides.start;
    time.advance(HOUR);
    engine.setRoute('/projects');
    expect(engine.getState().guides.start).toBe(before);
  });
});
