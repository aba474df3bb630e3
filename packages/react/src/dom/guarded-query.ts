/** A query slower than this is a long task on its own: the selector is not run again. */
export const SLOW_SELECTOR_MS = 50;

/** Selectors refused on this page, with why. Bounded, since selectors may come from a server. */
const refused = new Map<string, string>();
const MAX_REFUSED = 256;

/** Called with each selector refused from now on. */
export type RefusalListener = (selector: string, reason: string) => void;
const listeners = new Set<RefusalListener>();

function refuse(selector: string, reason: string): void {
  if (refused.size >= MAX_REFUSED) refused.delete(refused.keys().next().value as string);
  refused.set(selector, reason);
  for (const listener of [...listeners]) listener(selector, reason);
}

/** Listens for selectors refused from now on; returns a function that stops listening. */
export function subscribeRefusals(listener: RefusalListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * `root.querySelectorAll(selector)` that never throws and never repeats a costly mistake: a
 * selector the browser rejects, or one whose query takes longer than `SLOW_SELECTOR_MS`, is
 * refused for the life of the page (it matches nothing from then on), so a watcher that looks
 * targets up on every DOM change does not pay for it frame after frame.
 */
export function guardedQueryAll(root: ParentNode, selector: string): Element[] {
  if (refused.has(selector)) return [];
  const started = performance.now();
  let found: Element[];
  try {
    found = Array.from(root.querySelectorAll(selector));
  } catch {
    refuse(selector, 'the browser does not accept it as a CSS selector');
    return [];
  }
  const took = performance.now() - started;
  if (took > SLOW_SELECTOR_MS) {
    refuse(
      selector,
      `one query took ${Math.round(took)} ms (the limit is ${SLOW_SELECTOR_MS} ms), so it is not run again on this page`,
    );
  }
  return found;
}

/** Why `selector` was refused on this page, or `undefined` when it was not. */
export function refusedSelectorReason(selector: string): string | undefined {
  return refused.get(selector);
}
