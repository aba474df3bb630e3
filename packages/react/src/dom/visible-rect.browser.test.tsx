import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { SpotlightRect } from './spotlight-clip-path';
import { visibleRect } from './visible-rect';

let host: HTMLElement | null = null;

function mount(html: string): void {
  host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
}

const byId = (id: string, root: Document = document) => root.getElementById(id) as HTMLElement;

/** The rect of `box` (in the viewport) cut down to `edges`, as the user would see it. */
function within(box: DOMRect, edges: Partial<Record<'left' | 'top' | 'right' | 'bottom', number>>) {
  const left = Math.max(box.left, edges.left ?? -Infinity);
  const top = Math.max(box.top, edges.top ?? -Infinity);
  const right = Math.min(box.right, edges.right ?? Infinity);
  const bottom = Math.min(box.bottom, edges.bottom ?? Infinity);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function expectRect(actual: SpotlightRect | null, expected: SpotlightRect): void {
  expect(actual).not.toBeNull();
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(actual?.[key], key).toBeCloseTo(expected[key], 1);
  }
}

/** The padding box of `element` in the viewport: what it shows of its content. */
function paddingBox(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

beforeEach(async () => {
  await page.viewport(1024, 768);
  window.scrollTo({ top: 0, behavior: 'instant' });
});
afterEach(() => {
  host?.remove();
  host = null;
  window.scrollTo({ top: 0, behavior: 'instant' });
});

describe('visibleRect', () => {
  it('cuts a target down to its scroll container, but not an absolute one that escapes it', () => {
    mount(`
      <div style="position: relative; margin: 100px 0 0 100px">
        <div id="list" style="width: 200px; height: 100px; overflow: auto; border: 4px solid">
          <div style="height: 80px"></div>
          <div id="row" style="height: 50px">Row</div>
          <div id="badge" style="position: absolute; top: 90px; left: 20px; height: 30px">New</div>
          <div style="height: 400px"></div>
        </div>
      </div>
    `);
    const list = byId('list');
    expectRect(
      visibleRect(byId('row'), window),
      within(byId('row').getBoundingClientRect(), paddingBox(list)),
    );
    expect(visibleRect(byId('row'), window)?.height).toBeCloseTo(20, 0);
    // Its containing block is the static list's positioned parent: the list never clips it.
    expectRect(
      visibleRect(byId('badge'), window),
      within(byId('badge').getBoundingClientRect(), {}),
    );

    list.scrollTop = 200;
    expect(visibleRect(byId('row'), window)).toBeNull();
  });

  it('clips a fixed target only inside a transformed box, and along the clipping axis only', () => {
    mount(`
      <div style="margin: 100px 0 0 100px; width: 120px; height: 40px; overflow: hidden">
        <div id="pinned" style="position: fixed; top: 20px; left: 20px; width: 300px; height: 30px">
          Pinned
        </div>
      </div>
      <div id="card" style="transform: translateX(0); margin-left: 100px; width: 120px;
        height: 40px; overflow-x: clip">
        <div id="wide" style="position: fixed; top: 10px; left: 10px; width: 300px; height: 90px">
          Wide
        </div>
      </div>
    `);
    expectRect(
      visibleRect(byId('pinned'), window),
      within(byId('pinned').getBoundingClientRect(), {}),
    );
    const card = byId('card').getBoundingClientRect();
    expectRect(
      visibleRect(byId('wide'), window),
      within(byId('wide').getBoundingClientRect(), { left: card.left, right: card.right }),
    );
  });

  it('moves a target out of nested same-origin frames, cut down by each frame', async () => {
    mount(`
      <iframe id="outer" style="display: block; margin: 60px 0 0 80px; width: 500px; height: 400px;
        border: 5px solid; padding: 3px"></iframe>
    `);
    const outer = byId('outer') as HTMLIFrameElement;
    const outerDocument = outer.contentDocument as Document;
    outerDocument.body.innerHTML = `
      <iframe id="inner" style="display: block; margin: 40px 0 0 30px; width: 300px; height: 200px;
        border: 7px solid"></iframe>
      <div style="height: 1000px"></div>
    `;
    const inner = byId('inner', outerDocument) as HTMLIFrameElement;
    const innerDocument = inner.contentDocument as Document;
    innerDocument.body.innerHTML = `
      <div style="height: 180px"></div>
      <button id="target" style="height: 60px; margin-left: 10px">Deep</button>
      <div style="height: 1000px"></div>
    `;
    const target = byId('target', innerDocument);
    await vi.waitFor(() => expect(target.getBoundingClientRect().height).toBe(60));
    const expected = () => {
      const outerBox = outer.getBoundingClientRect();
      const innerBox = inner.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const innerLeft = outerBox.left + 5 + 3 + innerBox.left + 7;
      const innerTop = outerBox.top + 5 + 3 + innerBox.top + 7;
      return within(new DOMRect(innerLeft + box.left, innerTop + box.top, box.width, box.height), {
        top: innerTop,
        bottom: innerTop + 200,
      });
    };
    // Partly below the inner frame's fold: only its top part shows.
    expectRect(visibleRect(target, window), expected());
    expect(visibleRect(target, window)?.height).toBeLessThan(60);

    innerDocument.defaultView?.scrollTo({ top: 100, behavior: 'instant' });
    expectRect(visibleRect(target, window), expected());
    expect(visibleRect(target, window)?.height).toBeCloseTo(60, 0);

    // The outer frame scrolled the inner one out of its viewport.
    outerDocument.defaultView?.scrollTo({ top: 600, behavior: 'instant' });
    expect(visibleRect(target, window)).toBeNull();
  });
});
