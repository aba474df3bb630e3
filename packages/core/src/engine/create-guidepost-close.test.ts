import { describe, expect, it } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import type { StorageAdapter } from '../persistence/types';
import { recordEngine } from './testing/record-engine';

const START = Date.UTC(2026, 11, 1);
const HOUR = 3_600_000;

const definition = defineGuidepost({
  guides: {
    release: { kind: 'announcement', title: 'Release', frequency: { maxShows: 3 } },
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'intro', title: 'Hello' },
        { id: 'create', title: 'Create one' },
      ],
    },
  },
});

function setup(storage: StorageAdapter = memoryAdapter(), at = START) {
  const { engine, events, time } = recordEngine(definition, {
    start: at,
    user: { id: 'u1' },
    storage,
    // Sessions here follow one another at once: no gap between pop-ups.
    interruptions: { gap: 0 },
  });
  return { engine, events, time, storage };
}

const dismissals = (events: readonly GuidepostEvent[]) =>
  events.filter((event) => event.name === 'guide_dismissed');

describe('close: for now, apart from dismiss; a tour closed by the user is dismissed', () => {
  it.each([['close' as const], ['escape' as const]])(
    'closing with %s ends the show, reports the reason, and shows again next session',
    (reason) => {
      const first = setup();
      first.engine.close('release', reason);
      expect(first.engine.getState().guides.release).toMatchObject({
        status: 'idle',
        open: false,
        shows: 1,
      });
      expect(dismissals(first.events)).toMatchObject([{ guideId: 'release', reason }]);
      first.time.advance(HOUR);
      expect(first.engine.getState().guides.release.open).toBe(false);
      expect(first.engine.explain('release').reasons.map((r) => r.code)).toEqual(['closed']);
      first.engine.destroy();

      const next = setup(first.storage, START + HOUR);
      expect(next.engine.getState().guides.release).toMatchObject({ open: true, shows: 2 });
    },
  );

  it('"don\'t show again" ends it for good, whatever frequency allows', () => {
    const first = setup();
    first.engine.dismiss('release');
    expect(dismissals(first.events)).toMatchObject([{ reason: 'dont_show_again' }]);
    first.engine.destroy();
    const next = setup(first.storage);
    expect(next.engine.getState().guides.release).toMatchObject({
      status: 'dismissed',
      open: false,
    });
  });

  it('stops once maxShows closes are spent', () => {
    let last = setup();
    const { storage } = last;
    for (let session = 0; session < 4; session += 1) {
      last.engine.close('release', 'close');
      last.engine.destroy();
      last = setup(storage);
    }
    expect(last.engine.getState().guides.release).toMatchObject({ open: false, shows: 3 });
    expect(last.engine.explain('release').reasons.map((r) => r.code)).toEqual(['frequency']);
  });

  it('shows again in the same tab when a trigger asks for it', () => {
    const { engine } = setup();
    engine.close('release', 'close');
    expect(engine.start('release')).toBe(true);
    expect(engine.getState().guides.release.shows).toBe(2);
  });

  it('stores the close, so a reload does not resume the show', () => {
    const { engine, storage } = setup();
    engine.close('release');
    const stored = storage.load('u1', { onError: () => undefined });
    // Closed in the same ms it showed: stamped 1 ms after the show, so it wins a merge with it.
    expect(stored).toMatchObject({
      guides: { release: { status: 'idle', statusAt: START + 1, closedAt: START, shows: 1 } },
    });
  });

  it('dismisses a tour the user closed, for good, reporting the step it was on', () => {
    const { engine, events } = setup();
    engine.close('release');
    engine.start('welcome');
    engine.next('welcome');
    engine.close('welcome', 'escape');
    expect(dismissals(events)).toEqual([
      expect.objectContaining({ guideId: 'welcome', reason: 'escape', stepId: 'create' }),
    ]);
    expect(engine.getState().guides.welcome).toMatchObject({ status: 'dismissed', open: false });
    expect(engine.start('welcome')).toBe(false);
  });

  it('reports a tour closed without a reason as closed with its close button', () => {
    const { engine, events } = setup();
    engine.close('release');
    engine.start('welcome');
    engine.close('welcome');
    expect(dismissals(events).map((event) => event.reason)).toEqual(['close']);
  });

  it('does nothing to a guide that is not showing', () => {
    const { engine, events } = setup();
    engine.dismiss('release');
    engine.close('release', 'close');
    engine.close('welcome', 'close');
    expect(dismissals(events)).toHaveLength(1);
    expect(engine.getState().guides.release.status).toBe('dismissed');
  });
});
