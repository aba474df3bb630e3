import {
  createGuidepost,
  encodeSnapshot,
  localStorageAdapter,
  memoryAdapter,
  parseGuidepost,
  type GuidepostError,
  type UserAttributes,
} from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { page } from 'vitest/browser';
import { GuidepostProvider } from './provider/guidepost-provider';
import { Tooltip } from './tooltip/tooltip';
import { Tour } from './tour/tour';

// Sizes are those of the audit: each case is what a server could send within the documented
// caps before they were tightened. What each costs is measured in bench/hostile.bench.ts.

beforeEach(async () => {
  await page.viewport(1024, 768);
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NOW = Date.UTC(2026, 11, 1);
type OnError = Mock<(error: GuidepostError) => void>;
const errorSpy = (): OnError => vi.fn<(error: GuidepostError) => void>();
const codes = (onError: OnError) => onError.mock.calls.map(([error]) => error.code);
const messages = (onError: OnError) => onError.mock.calls.map(([error]) => error.message);

/** Renders one hint or tour from a definition given as data, with a page to point at. */
function renderGuide(guide: Record<string, unknown>, onError: OnError) {
  const { definition, issues } = parseGuidepost({ guides: { guide } });
  expect(issues).toEqual([]);
  const guidepost = createGuidepost(definition, {
    user: { id: 'u1' },
    storage: memoryAdapter(),
    locks: null,
    onError,
  });
  const kind = guide['kind'];
  render(
    <GuidepostProvider guidepost={guidepost}>
      <main>
        <button type="button" className="slow-target" data-guidepost="save">
          Save
        </button>
      </main>
      {kind === 'tour' ? <Tour id="guide" /> : <Tooltip id="guide" />}
    </GuidepostProvider>,
  );
  return guidepost;
}

/** Adds and removes `count` elements, one change at a time, as a busy page does. */
async function churn(count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const element = document.createElement('div');
    document.body.append(element);
    await new Promise(requestAnimationFrame);
    element.remove();
  }
}

describe('selectors from a server', () => {
  it('drops a hint and a tour whose selectors do not parse, naming guide, step and field', () => {
    const { definition, issues } = parseGuidepost({
      guides: {
        hint: { kind: 'tooltip', target: '[[[', body: 'Saves your work.' },
        tour: { kind: 'tour', steps: [{ id: 'save', target: { selector: 'a:has(' } }] },
      },
    });
    expect(definition.guideIds).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'guides.hint.target',
        message: "invalid CSS selector '[[[': unexpected '[' inside '[…]'",
        guideId: 'hint',
      },
      {
        path: 'guides.tour.steps[0].target.selector',
        message: "invalid CSS selector 'a:has(': unclosed '('",
        guideId: 'tour',
        stepId: 'save',
      },
    ]);
  });

  it('refuses a 12 KB nested selector and a list of 1,500 selectors by their size', () => {
    const nested = `div${':not('.repeat(2000)}a${')'.repeat(2000)}`;
    const list = Array.from({ length: 1500 }, (_, index) => `.c${index}`).join(',');
    expect(nested.length).toBeGreaterThan(12_000);
    expect(list.length).toBeLessThan(20_000);
    const { issues } = parseGuidepost({
      guides: {
        a: { kind: 'tooltip', target: nested, body: 'b' },
        b: { kind: 'tooltip', target: list.slice(0, 999), body: 'b' },
      },
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('a selector may have at most 1,000'),
      expect.stringContaining('a list of more than 32 selectors'),
    ]);
  });

  it('reports once, on a hint, a selector the browser does not accept', async () => {
    const onError = errorSpy();
    renderGuide({ kind: 'tooltip', target: 'button:not-a-pseudo-class', body: 'b' }, onError);
    await vi.waitFor(() => expect(codes(onError)).toEqual(['target_not_found']));
    await churn(5);
    expect(messages(onError)).toEqual([
      "hint 'guide': target selector 'button:not-a-pseudo-class' is refused: the browser does not accept it as a CSS selector",
    ]);
  });

  it('reports a tour step with such a selector at once, not after its 3 s timeout', async () => {
    const onError = errorSpy();
    renderGuide(
      {
        kind: 'tour',
        steps: [
          { id: 'save', target: 'button:also-not-a-pseudo-class', title: 'Save' },
          { id: 'done', title: 'Done' },
        ],
      },
      onError,
    );
    await vi.waitFor(() => expect(codes(onError)).toEqual(['target_not_found']), 1000);
    expect(messages(onError)[0]).toBe(
      "tour 'guide' step 'save': target selector 'button:also-not-a-pseudo-class' is refused: the browser does not accept it as a CSS selector",
    );
    await vi.waitFor(() => screen.getByRole('dialog', { name: 'Done' }));
  });

  it('stops running a selector whose query took over 50 ms, and reports it once', async () => {
    const query = Document.prototype.querySelectorAll;
    let slowQueries = 0;
    vi.spyOn(Document.prototype, 'querySelectorAll').mockImplementation(function (
      this: Document,
      selector: string,
    ) {
      if (selector === 'main .slow-target') {
        slowQueries += 1;
        const until = performance.now() + 60;
        while (performance.now() < until) {
          // A selector as costly as the audit's `div:not(:not(…))` on a large page.
        }
      }
      return query.call(this, selector);
    } as typeof Document.prototype.querySelectorAll);
    const onError = errorSpy();
    renderGuide({ kind: 'tooltip', target: 'main .slow-target', body: 'b' }, onError);
    await vi.waitFor(() => expect(codes(onError)).toEqual(['target_not_found']));
    await churn(20);
    expect(slowQueries).toBe(1);
    expect(messages(onError)[0]).toMatch(
      /^hint 'guide': target selector 'main \.slow-target' is refused: one query took \d+ ms \(the limit is 50 ms\)/,
    );
  });
});

describe('dense segment graphs', () => {
  it('reports one cycle and one issue per segment when 1,000 segments all use each other', () => {
    const names = Array.from({ length: 1000 }, (_, index) => `s${index}`);
    const segments = Object.fromEntries(
      names.map((name) => [
        name,
        { any: names.filter((other) => other !== name).map((segment) => ({ segment })) },
      ]),
    );
    const json = JSON.stringify({
      segments,
      guides: { news: { kind: 'announcement', title: 'News', audience: { segment: 's1' } } },
    });
    expect(json.length).toBeGreaterThan(18_000_000);
    const { definition, issues } = parseGuidepost(json);
    expect(definition.guideIds).toEqual([]);
    expect(issues).toHaveLength(1001);
    expect(issues[0]?.message).toBe('segment cycle s0 → s1 → s0');
  });
});

describe('chains of guides', () => {
  it('shows 1,000 hints chained by { guide: previous, is: "seen" } at start', () => {
    const guides = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [
        `h${index}`,
        {
          kind: 'tooltip',
          target: `t${index}`,
          body: 'Tip',
          ...(index === 0 ? {} : { audience: { guide: `h${index - 1}`, is: 'seen' } }),
        },
      ]),
    );
    const { definition } = parseGuidepost({ guides });
    const guidepost = createGuidepost(definition, {
      user: { id: 'u1' },
      storage: memoryAdapter(),
      locks: null,
    });
    const open = Object.values(guidepost.getState().guides).filter((guide) => guide.open);
    expect(open).toHaveLength(1000);
    guidepost.destroy();
  });
});

describe('large stored values', () => {
  const KEY = 'guidepost:u1';
  const definition = parseGuidepost({
    events: ['export'],
    guides: { news: { kind: 'announcement', title: 'News' } },
  }).definition;
  /** Tallies of events no guide knows, as another app on the origin may leave: about 4 MB. */
  const foreign = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `foreign_event_${index}`,
        { count: 50, recent: [NOW - 3000, NOW - 2000, NOW - 1000, NOW - index] },
      ]),
    );
  const snapshotOf = (events: object) =>
    encodeSnapshot({ v: 1, userId: 'u1', guides: {}, events: events as never });

  it('caps 4 MB of foreign tallies at 2,000 and reports it once, keeping what the guides use', () => {
    window.localStorage.setItem(KEY, snapshotOf(foreign(40_000)));
    expect(window.localStorage.getItem(KEY)?.length).toBeGreaterThan(4_000_000);
    const onError = errorSpy();
    const guidepost = createGuidepost(definition, {
      user: { id: 'u1' },
      storage: localStorageAdapter(),
      locks: null,
      now: () => NOW,
      onError,
    });
    for (let index = 0; index < 20; index++) guidepost.track('export');
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as {
      events: Record<string, { count: number }>;
    };
    expect(Object.keys(stored.events)).toHaveLength(2000);
    expect(stored.events['export']?.count).toBe(20);
    expect(window.localStorage.getItem(KEY)?.length).toBeLessThan(400_000);
    expect(codes(onError)).toEqual(['storage_over_limit']);
    guidepost.destroy();
  });

  it('caps a 3 MB value another tab writes, so later saves do not parse it again', () => {
    const onError = errorSpy();
    const guidepost = createGuidepost(definition, {
      user: { id: 'u1' },
      storage: localStorageAdapter(),
      locks: null,
      now: () => NOW,
      onError,
    });
    const huge = snapshotOf(foreign(30_000));
    expect(huge.length).toBeGreaterThan(3_000_000);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue: huge, storageArea: window.localStorage }),
      );
    });
    const parse = vi.spyOn(JSON, 'parse');
    for (let index = 0; index < 20; index++) guidepost.track('export');
    expect(parse).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(KEY)?.length).toBeLessThan(400_000);
    expect(codes(onError)).toEqual(['storage_over_limit']);
    guidepost.destroy();
  });
});

describe('user ids', () => {
  it.each<[string, unknown, string]>([
    ['an object', {}, 'user.id must be a string or a finite number, got an object'],
    ['a 1 MB string', 'u'.repeat(1_000_000), 'user.id is 1,000,000 characters long'],
  ])(
    'refuses %s as an id with a clear error, and stores nothing under it',
    (_name, id, message) => {
      const onError = errorSpy();
      render(
        <GuidepostProvider
          definition={
            parseGuidepost({ guides: { news: { kind: 'announcement', title: 'News' } } }).definition
          }
          user={{ id } as unknown as UserAttributes}
          onError={onError}
        />,
      );
      expect(codes(onError)).toEqual(['invalid_user_id']);
      expect(messages(onError)[0]).toContain(message);
      const keys = Object.keys(window.localStorage);
      expect(keys.some((key) => key.includes('[object Object]') || key.length > 1000)).toBe(false);
    },
  );
});
