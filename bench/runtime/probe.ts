import { settleTimes, type Sample, type Settled } from './settle';

/**
 * Whether an element is rendered: not `display: none` or `visibility: hidden`, itself or an
 * ancestor.
 */
export function isRendered(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

/**
 * The popover showing a step: matched by `selector`, holding the step's title, rendered (see
 * {@link isRendered}) with a non-zero rect, wherever it is and whatever its opacity. `null`
 * while there is none.
 */
export function findPopover(selector: string, title: string): Element | null {
  for (const element of document.querySelectorAll(selector)) {
    if (!element.textContent?.includes(title)) continue;
    if (!isRendered(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) return element;
  }
  return null;
}

/** The opacity a user sees: the element's own times every ancestor's. */
export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    opacity *= Number.parseFloat(getComputedStyle(node).opacity);
  }
  return opacity;
}

/**
 * From just before `action` until the popover `find` returns has come to rest (see
 * `settleTimes`), samples its box and opacity on every animation frame, and right after the
 * action and after every DOM mutation (a MutationObserver, so a place reached between two
 * frames is seen when it is reached). Resolves with when it was placed and at rest, on the
 * page's own clock; rejects after `timeoutMs`.
 */
export function timeSettle(
  action: () => void,
  find: () => Element | null,
  timeoutMs = 5000,
): Promise<Settled> {
  return new Promise((resolve, reject) => {
    const samples: Sample[] = [];
    let settled = false;
    let started = 0;
    const observer = new MutationObserver(() => sample(false));
    const finish = (outcome: () => void) => {
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      outcome();
    };
    const sample = (frame: boolean) => {
      if (settled) return;
      const ms = performance.now() - started;
      const popover = find();
      if (popover === null) {
        samples.push({ ms, frame, box: null, opacity: 0 });
      } else {
        const { left, top, width, height } = popover.getBoundingClientRect();
        samples.push({
          ms,
          frame,
          box: { left, top, width, height },
          opacity: effectiveOpacity(popover),
        });
      }
      if (!frame) return;
      const result = settleTimes(samples);
      if (result !== null) finish(() => resolve(result));
    };
    const onFrame = () => {
      sample(true);
      if (!settled) requestAnimationFrame(onFrame);
    };
    const timer = setTimeout(() => {
      const last = samples.at(-1);
      finish(() =>
        reject(
          new Error(
            `the popover did not come to rest in ${timeoutMs} ms (last seen: ${JSON.stringify(last)})`,
          ),
        ),
      );
    }, timeoutMs);
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    requestAnimationFrame(onFrame);
    started = performance.now();
    action();
    sample(false);
  });
}

/**
 * Whether any popover matched by `selector` is still rendered; one fading out at opacity 0
 * still counts until it is removed or hidden.
 */
export function anyPopoverRendered(selector: string): boolean {
  return [...document.querySelectorAll(selector)].some((element) => isRendered(element));
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
