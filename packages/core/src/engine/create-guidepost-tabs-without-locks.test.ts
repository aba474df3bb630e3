import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuidepostEvent } from '../analytics/types';
import type { GuidepostError } from '../errors/guidepost-error';
import { defineGuidepost } from '../guides';
import { localStorageAdapter } from '../persistence';
import type { StorageLike } from '../persistence/guarded-storage';
import { createGuidepost } from './create-guidepost';
import { createManualClock } from './manual-clock';
import type { Guidepost } from './model/types';

const START = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

const definition = defineGuidepost({
  events: ['export'],
  guides: { release: { kind: 'announcement', title: 'Release' } },
});

/**
 * One origin's `localStorage` as several tabs see it, each through its own `Storage` object: a
 * tab reads its own view at once, and another tab's write reaches it (with the `storage` event,
 * which never fires in the tab that wrote) only when the test delivers it, as a browser whose
 * tabs live in separate processes does.
 */
function createBrowser() {
  const stored = new Map<string, string>();
  const views = new Map<StorageLike, Map<string, string>>();
  const queued: { readonly area: StorageLike; readonly key: string; readonly value: string }[] = [];
  const area = (): StorageLike => {
    const view = new Map(stored);
    const self: StorageLike = {
      getItem: (key) => view.get(key) ?? null,
      setItem(key, value) {
        view.set(key, value);
        stored.set(key, value);
        for (const other of views.keys()) {
          if (other !== self) queued.push({ area: other, key, value });
        }
      },
      removeItem: (key) => void view.delete(key),
    };
    views.set(self, view);
    return self;
  };
  return {
    area,
    /** Hands every write so far to the other tabs, in order. */
    deliver() {
      for (const { area: to, key, value } of queued.splice(0)) {
        views.get(to)?.set(key, value);
        const event = Object.assign(new Event('storage'), {
          key,
          newValue: value,
          storageArea: to,
        });
        window.dispatchEvent(event);
      }
    },
  };
}

beforeEach(() => vi.stubGlobal('window', new EventTarget()));
afterEach(() => vi.unstubAllGlobals());

function openTabs() {
  const time = createManualClock(START);
  const browser = createBrowser();
  const shown: string[] = [];
  const errors: GuidepostError[] = [];
  const openTab = (name: string, area = browser.area()) =>
    createGuidepost(definition, {
      user: { id: 'u1' },
      storage: localStorageAdapter({ getStorage: () => area }),
      now: time.now,
      scheduler: time.scheduler,
      locks: null,
      onEvent: (event: GuidepostEvent) => {
        if (event.name === 'guide_shown') shown.push(`${name}:${event.guideId}`);
      },
      onError: (error) => errors.push(error),
    });
  return { time, browser, shown, errors, openTab };
}

describe('two tabs without Web Locks', () => {
  it.each([
    ['dismisses it', (tab: Guidepost) => tab.dismiss('release')],
    ['closes it for now', (tab: Guidepost) => tab.close('release')],
  ])(
    'both show a once-only announcement; when one %s, the other closes it on the merge for good',
    (_, act) => {
      const { time, browser, shown, errors, openTab } = openTabs();
      // Restored together: neither has heard of the other's show when it loads.
      const [areaA, areaB] = [browser.area(), browser.area()];
      const a = openTab('a', areaA);
      const b = openTab('b', areaB);
      expect(shown).toEqual(['a:release', 'b:release']);
      browser.deliver();
      expect(a.getState().modal).toEqual(['release']);
      expect(b.getState().modal).toEqual(['release']);

      time.advance(5_000);
      act(a);
      expect(a.getState().modal).toEqual([]);
      expect(b.getState().modal).toEqual(['release']);
      browser.deliver();
      expect(b.getState().modal).toEqual([]);
      expect(b.getState().guides.release.open).toBe(false);

      time.advance(3 * DAY);
      b.track('export');
      b.setRoute('/projects');
      b.start('release');
      const c = openTab('c');
      browser.deliver();
      expect([a, b, c].map((tab) => tab.getState().modal)).toEqual([[], [], []]);
      expect(shown).toEqual(['a:release', 'b:release']);
      expect(errors).toEqual([]);
    },
  );
});
