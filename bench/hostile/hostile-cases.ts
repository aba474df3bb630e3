import {
  createGuidepost,
  encodeSnapshot,
  localStorageAdapter,
  memoryAdapter,
  parseGuidepost,
} from '@guidepost/core';

/** One hostile input, what it must cost at most, and how to run it once. */
export interface HostileCase {
  readonly name: string;
  /** What the input is, for the table. */
  readonly input: string;
  /** Bound on the CPU time (user and system) of the timed part, in ms. */
  readonly maxMs: number;
  /** Bound on the process's peak resident memory while it runs, in MB. */
  readonly maxPeakMb: number;
  /** Builds the input (not timed) and returns the timed part, which returns a check. */
  readonly prepare: () => () => string;
}

const NOW = Date.UTC(2026, 11, 1);

function denseSegments(count: number): string {
  const names = Array.from({ length: count }, (_, index) => `s${index}`);
  const segments = Object.fromEntries(
    names.map((name) => [
      name,
      { any: names.filter((other) => other !== name).map((segment) => ({ segment })) },
    ]),
  );
  return JSON.stringify({
    segments,
    guides: { news: { kind: 'announcement', title: 'News', audience: { segment: 's0' } } },
  });
}

function chainedHints(count: number) {
  const guides = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `h${index}`,
      {
        kind: 'tooltip',
        target: `t${index}`,
        body: 'Tip',
        ...(index === 0 ? {} : { audience: { guide: `h${index - 1}`, is: 'seen' } }),
      },
    ]),
  );
  return parseGuidepost({ guides }).definition;
}

/** Tallies of events no guide knows, as another app on the origin may leave behind. */
function foreignTallies(count: number) {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `foreign_event_${index}`,
      { count: 50, recent: [NOW - 3000, NOW - 2000, NOW - 1000, NOW - index] },
    ]),
  );
}

/** A `localStorage` in memory, and a `window` that delivers `storage` events to listeners. */
function fakeBrowser() {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  const listeners = new Set<(event: unknown) => void>();
  Object.assign(globalThis, {
    window: {
      addEventListener: (_type: string, listener: (event: unknown) => void) =>
        listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: unknown) => void) =>
        listeners.delete(listener),
    },
  });
  const fireStorage = (key: string, newValue: string) => {
    for (const listener of listeners) listener({ key, newValue, storageArea: storage });
  };
  return { items, storage, fireStorage };
}

const news = () =>
  parseGuidepost({ events: ['export'], guides: { news: { kind: 'announcement', title: 'News' } } })
    .definition;

const snapshotWith = (events: object) =>
  encodeSnapshot({ v: 1, userId: 'u1', guides: {}, events: events as never });

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'parse-dense-segments',
    input: '`parseGuidepost`: 1,000 segments, each an `any` of all the others (18.9 MB of JSON)',
    maxMs: 6000,
    maxPeakMb: 1500,
    prepare: () => {
      const json = denseSegments(1000);
      return () => `${parseGuidepost(json).issues.length} issues`;
    },
  },
  {
    name: 'parse-dense-segments-300',
    input: '`parseGuidepost`: 300 segments, each an `any` of all the others (2.3 MB)',
    maxMs: 1500,
    maxPeakMb: 500,
    prepare: () => {
      const json = denseSegments(300);
      return () => `${parseGuidepost(json).issues.length} issues`;
    },
  },
  {
    name: 'start-chained-hints',
    input: '`createGuidepost`: 1,000 hints, each `{ guide: previous, is: "seen" }`',
    maxMs: 1000,
    maxPeakMb: 300,
    prepare: () => {
      const definition = chainedHints(1000);
      return () => {
        const engine = createGuidepost(definition, {
          user: { id: 'u1' },
          storage: memoryAdapter(),
          locks: null,
        });
        const open = Object.values(engine.getState().guides).filter((guide) => guide.open);
        return `${open.length} hints open`;
      };
    },
  },
  {
    name: 'track-over-4mb',
    input: 'start, then 20 `track()` calls, with 4 MB of foreign tallies stored under the key',
    maxMs: 2500,
    maxPeakMb: 400,
    prepare: () => {
      const { items, storage } = fakeBrowser();
      items.set('guidepost:u1', snapshotWith(foreignTallies(40_000)));
      const definition = news();
      return () => {
        const engine = createGuidepost(definition, {
          user: { id: 'u1' },
          storage: localStorageAdapter({ getStorage: () => storage }),
          locks: null,
          now: () => NOW,
          onError: () => undefined,
        });
        for (let index = 0; index < 20; index++) engine.track('export');
        return `${((items.get('guidepost:u1')?.length ?? 0) / 1000).toFixed(0)} kB stored`;
      };
    },
  },
  {
    name: 'track-after-3mb-event',
    input: "20 `track()` calls after another tab's `storage` event of 3 MB (event included)",
    maxMs: 2000,
    maxPeakMb: 400,
    prepare: () => {
      const { items, storage, fireStorage } = fakeBrowser();
      const engine = createGuidepost(news(), {
        user: { id: 'u1' },
        storage: localStorageAdapter({ getStorage: () => storage }),
        locks: null,
        now: () => NOW,
        onError: () => undefined,
      });
      const huge = snapshotWith(foreignTallies(30_000));
      return () => {
        fireStorage('guidepost:u1', huge);
        for (let index = 0; index < 20; index++) engine.track('export');
        return `${((items.get('guidepost:u1')?.length ?? 0) / 1000).toFixed(0)} kB stored`;
      };
    },
  },
  {
    name: 'identify-1mb-id',
    input: '`createGuidepost` with a user id of 1 MB',
    maxMs: 200,
    maxPeakMb: 200,
    prepare: () => {
      const id = 'u'.repeat(1_000_000);
      return () => {
        let reported = '';
        const engine = createGuidepost(news(), {
          user: { id },
          storage: memoryAdapter(),
          locks: null,
          onError: (error) => (reported = error.code),
        });
        return `${reported}, stored as ${engine.getState().userId ?? 'anonymous'}`;
      };
    },
  },
];
