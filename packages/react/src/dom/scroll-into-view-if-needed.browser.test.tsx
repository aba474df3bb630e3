import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../test/browser-commands';
import { scrollIntoViewIfNeeded } from './scroll-into-view-if-needed';

const HEADER = 56;

const FIXTURE = `
  <header id="header" style="position:sticky;top:0;height:${HEADER}px;background:#fff;z-index:1">
    Header
  </header>
  <div style="height:1200px">Above</div>
  <div id="outer" style="height:320px;overflow:auto;border:4px solid #ccc">
    <div style="height:700px">Outer top</div>
    <div id="inner" style="height:160px;overflow:auto;border:2px solid #999">
      <div style="height:500px">Inner top</div>
      <button id="target" style="display:block;height:40px;width:120px">Target</button>
      <div style="height:500px">Inner bottom</div>
    </div>
    <div style="height:700px">Outer bottom</div>
  </div>
  <div style="height:1500px">Below</div>`;

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no #${id}`);
  return element;
}

function expectFullyInside(
  inner: DOMRect,
  outer: { top: number; bottom: number; left: number; right: number },
) {
  expect(inner.top).toBeGreaterThanOrEqual(outer.top - 0.5);
  expect(inner.bottom).toBeLessThanOrEqual(outer.bottom + 0.5);
  expect(inner.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(inner.right).toBeLessThanOrEqual(outer.right + 0.5);
}

function clientArea(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const top = box.top + element.clientTop;
  const left = box.left + element.clientLeft;
  return { top, left, bottom: top + element.clientHeight, right: left + element.clientWidth };
}

function expectTargetShownBelowHeader() {
  const target = byId('target').getBoundingClientRect();
  const header = byId('header').getBoundingClientRect();
  const viewport = document.documentElement;
  expect(target.top).toBeGreaterThanOrEqual(header.bottom);
  expectFullyInside(target, {
    top: header.bottom,
    left: 0,
    bottom: viewport.clientHeight,
    right: viewport.clientWidth,
  });
  expectFullyInside(target, clientArea(byId('inner')));
  expectFullyInside(target, clientArea(byId('outer')));
  const centre = document.elementFromPoint(
    target.left + target.width / 2,
    target.top + target.height / 2,
  );
  expect(centre).toBe(byId('target'));
}

/** Scrolls every container to its end, so the target sits above (under the sticky header). */
function scrollPastTheTarget() {
  for (const id of ['inner', 'outer']) {
    const container = byId(id);
    container.scrollTop = container.scrollHeight;
  }
  window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
  expect(byId('target').getBoundingClientRect().bottom).toBeLessThan(HEADER);
}

beforeEach(async () => {
  await page.viewport(800, 600);
  document.body.style.margin = '0';
  document.body.innerHTML = FIXTURE;
  window.scrollTo({ top: 0, behavior: 'instant' });
});

afterEach(async () => {
  await commands.emulateMedia({ reducedMotion: null });
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  window.scrollTo({ top: 0, behavior: 'instant' });
});

describe('scrollIntoViewIfNeeded in Chromium', () => {
  it.each([
    ['smooth', 'above'],
    ['smooth', 'below'],
    ['instant', 'above'],
    ['instant', 'below'],
  ] as const)(
    'brings a target in a nested scroll container fully into view below a sticky header (%s, page scrolled %s it)',
    async (behavior, from) => {
      if (from === 'below') scrollPastTheTarget();
      await scrollIntoViewIfNeeded(byId('target'), {
        margin: { top: HEADER + 8, bottom: 8 },
        behavior,
      });
      expectTargetShownBelowHeader();
    },
  );

  it('writes no style, class or other attribute to the host page', async () => {
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document, { subtree: true, attributes: true, childList: true });
    await scrollIntoViewIfNeeded(byId('target'), { margin: HEADER + 8 });
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('moves nothing when the target is already in view', async () => {
    const inner = byId('inner');
    const outer = byId('outer');
    await scrollIntoViewIfNeeded(byId('target'), { margin: HEADER + 8, behavior: 'instant' });
    const before = [window.scrollY, outer.scrollTop, inner.scrollTop];
    await scrollIntoViewIfNeeded(byId('target'), { margin: HEADER + 8 });
    expect([window.scrollY, outer.scrollTop, inner.scrollTop]).toEqual(before);
  });

  it('scrolls instantly when the user prefers reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    scrollPastTheTarget();
    const done = scrollIntoViewIfNeeded(byId('target'), {
      margin: { top: HEADER + 8 },
      behavior: 'smooth',
    });
    // Already in place before any frame has run: no smooth scrolling happened.
    expectTargetShownBelowHeader();
    await done;
  });

  it('honours the host page scroll-padding as well as the margin', async () => {
    document.documentElement.style.scrollPaddingTop = `${HEADER}px`;
    scrollPastTheTarget();
    try {
      await scrollIntoViewIfNeeded(byId('target'), { margin: 8, behavior: 'instant' });
      expectTargetShownBelowHeader();
    } finally {
      document.documentElement.style.removeProperty('scroll-padding-top');
    }
  });

  it('scrolls a right-to-left container sideways to the target', async () => {
    document.body.innerHTML = `
      <div id="strip" dir="rtl" style="width:300px;overflow-x:auto;white-space:nowrap">
        <span style="display:inline-block;width:900px">Lead</span><button id="target" style="width:80px">Target</button><span style="display:inline-block;width:900px">Tail</span>
      </div>`;
    const strip = byId('strip');
    await scrollIntoViewIfNeeded(byId('target'), { margin: 10, behavior: 'instant' });
    expect(strip.scrollLeft).toBeLessThan(0);
    expectFullyInside(byId('target').getBoundingClientRect(), clientArea(strip));
  });
});
