/** How far (px) a popover may sit from its target and still count as placed next to it. */
export const NEAR_PX = 64;

/** The shortest distance between two rectangles, 0 when they touch or overlap. */
export function rectGap(a: DOMRect, b: DOMRect): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}

/**
 * Whether an element is rendered: not `display: none` or `visibility: hidden`, itself or an
 * ancestor, and, with `opaque`, not at opacity 0 either (a popover fading in counts from its
 * first frame above 0).
 */
export function isRendered(element: Element, opaque: boolean): boolean {
  return element.checkVisibility({ opacityProperty: opaque, visibilityProperty: true });
}

/**
 * The popover showing a step: matched by `selector`, holding the step's title, rendered (see
 * {@link isRendered}), with a non-zero rect within {@link NEAR_PX} of the target. `null` while
 * there is none.
 */
export function shownPopover(
  selector: string,
  title: string,
  target: Element,
  opaque: boolean,
): Element | null {
  for (const element of document.querySelectorAll(selector)) {
    if (!element.textContent?.includes(title)) continue;
    if (!isRendered(element, opaque)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rectGap(rect, target.getBoundingClientRect()) <= NEAR_PX) return element;
  }
  return null;
}

/**
 * Whether any popover matched by `selector` is still rendered; one fading out at opacity 0
 * still counts until it is removed or hidden.
 */
export function anyPopoverRendered(selector: string): boolean {
  return [...document.querySelectorAll(selector)].some((element) => isRendered(element, false));
}

/**
 * Milliseconds from just before `action` until each of `milestones` first holds, resolved
 * once all have. Each is checked right after the action, after every DOM mutation (a
 * MutationObserver, so a state reached between two frames is seen when it is reached) and on
 * every animation frame (for changes that only animations or timers make). Rejects after
 * `timeoutMs`, naming the milestones not reached.
 */
export function timeMilestones(
  action: () => void,
  milestones: readonly (() => boolean)[],
  timeoutMs = 5000,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reached: (number | undefined)[] = milestones.map(() => undefined);
    let settled = false;
    let started = 0;
    const observer = new MutationObserver(() => check());
    const finish = (outcome: () => void) => {
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      outcome();
    };
    const check = () => {
      if (settled) return;
      const now = performance.now();
      milestones.forEach((milestone, index) => {
        if (reached[index] === undefined && milestone()) reached[index] = now - started;
      });
      if (reached.every((time) => time !== undefined)) finish(() => resolve(reached as number[]));
    };
    const frame = () => {
      check();
      if (!settled) requestAnimationFrame(frame);
    };
    const timer = setTimeout(() => {
      const missing = reached.flatMap((time, index) => (time === undefined ? [index] : []));
      finish(() =>
        reject(new Error(`milestones ${missing.join(', ')} not reached after ${timeoutMs} ms`)),
      );
    }, timeoutMs);
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    requestAnimationFrame(frame);
    started = performance.now();
    action();
    check();
  });
}

/** Milliseconds from just before `action` until `done()` first holds; see {@link timeMilestones}. */
export async function timeUntil(
  action: () => void,
  done: () => boolean,
  timeoutMs = 5000,
): Promise<number> {
  const [elapsed = Number.NaN] = await timeMilestones(action, [done], timeoutMs);
  return elapsed;
}

/** Resolves after `count` animation frames. */
export function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
