import { afterEach, describe, expect, it } from 'vitest';
import { trackObservers, type ObserverTracker } from '../test/track-observers';
import { waitForTarget } from './wait-for-target';

let tracker: ObserverTracker | null = null;

afterEach(() => {
  tracker?.restore();
  tracker = null;
  document.body.replaceChildren();
  document.head.querySelectorAll('style[data-test]').forEach((style) => style.remove());
});

const NOTHING_LIVE = { mutationObservers: 0, resizeObservers: 0, animationFrames: 0, timers: 0 };

function button(anchor: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = 'New project';
  element.setAttribute('data-guidepost', anchor);
  return element;
}

function later(ms: number, action: () => void) {
  setTimeout(action, ms);
}

/** Whether the promise is still pending after `ms`. */
async function stillPendingAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const pending = Symbol('pending');
  const winner = await Promise.race([
    promise,
    new Promise((r) => setTimeout(() => r(pending), ms)),
  ]);
  return winner === pending;
}

describe('waitForTarget in Chromium', () => {
  it('resolves at once with a target that is already there', async () => {
    const target = button('now');
    document.body.append(target);
    tracker = trackObservers(3000);
    await expect(waitForTarget('now')).resolves.toBe(target);
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });

  it('finds a target that appears after 300 ms, then releases everything', async () => {
    tracker = trackObservers(2000);
    const target = button('late');
    const started = performance.now();
    later(300, () => document.body.append(target));
    const found = await waitForTarget('late', { timeout: 2000 });
    const waited = performance.now() - started;
    expect(found).toBe(target);
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(1000);
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });

  it('resolves null at the timeout for a target that never appears, leaving no observer or timer', async () => {
    tracker = trackObservers(400);
    const started = performance.now();
    const waiting = waitForTarget({ selector: '#never' }, { timeout: 400 });
    expect(tracker.live().mutationObservers).toBe(1);
    document.body.append(document.createElement('div'));
    await expect(waiting).resolves.toBeNull();
    expect(performance.now() - started).toBeGreaterThanOrEqual(395);
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });

  it.each<[string, string, (target: HTMLElement) => void]>([
    [
      'display:none on the target',
      '<button id="target" style="display:none">Save</button>',
      (target) => target.style.removeProperty('display'),
    ],
    [
      'display:none on an ancestor (hidden attribute)',
      '<section id="panel" hidden><button id="target">Save</button></section>',
      () => document.querySelector('#panel')?.removeAttribute('hidden'),
    ],
    [
      'visibility:hidden from a class',
      '<div id="panel" class="invisible"><button id="target">Save</button></div>',
      () => document.querySelector('#panel')?.classList.remove('invisible'),
    ],
    [
      'a 0×0 box',
      '<div id="target" style="width:0;height:0"></div>',
      (target) => {
        target.style.width = '40px';
        target.style.height = '20px';
      },
    ],
    [
      'a 0×0 box that a stylesheet grows (no DOM mutation)',
      '<div id="target" class="grows"></div>',
      () => {
        const sheet = (document.head.querySelector('style[data-test]') as HTMLStyleElement).sheet;
        sheet?.insertRule('.grows { width: 40px; height: 20px; }');
      },
    ],
  ])('counts %s as missing until it is shown', async (_, html, reveal) => {
    const style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = '.invisible { visibility: hidden; }';
    document.head.append(style);
    document.body.innerHTML = html;
    const target = document.querySelector('#target') as HTMLElement;
    tracker = trackObservers(3000);
    const waiting = waitForTarget({ selector: '#target' }, { timeout: 3000 });
    expect(await stillPendingAfter(waiting, 150)).toBe(true);
    const revealedAt = performance.now();
    reveal(target);
    await expect(waiting).resolves.toBe(target);
    // Noticed by the observers, well before the deadline's last look.
    expect(performance.now() - revealedAt).toBeLessThan(500);
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });

  it('picks the visible one when several elements match', async () => {
    document.body.innerHTML = `
      <button data-guidepost="menu" style="display:none">Menu (mobile)</button>
      <button id="desktop" data-guidepost="menu">Menu</button>`;
    await expect(waitForTarget('menu')).resolves.toBe(document.querySelector('#desktop'));
  });

  it('finds a ref once React-style code fills it', async () => {
    const ref: { current: Element | null } = { current: null };
    later(100, () => {
      const target = button('ref');
      document.body.append(target);
      ref.current = target;
    });
    const found = await waitForTarget(ref, { timeout: 2000 });
    expect(found).toBe(ref.current);
  });

  it('rejects with the abort reason when cancelled, and releases everything', async () => {
    tracker = trackObservers(5000);
    const controller = new AbortController();
    const waiting = waitForTarget('cancelled', { timeout: 5000, signal: controller.signal });
    later(50, () => controller.abort(new Error('step changed')));
    await expect(waiting).rejects.toThrow('step changed');
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });

  it('rejects at once with an already aborted signal', async () => {
    tracker = trackObservers(3000);
    const reason = new DOMException('gone', 'AbortError');
    await expect(waitForTarget('x', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(tracker.live()).toEqual(NOTHING_LIVE);
  });
});
