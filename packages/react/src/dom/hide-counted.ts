/** What hides an element: `inert` where the engine has it, `aria-hidden` otherwise. */
export type HidingAttribute = 'inert' | 'aria-hidden';

interface Hiding {
  /** How many open modals hide the element now. */
  count: number;
  /** The attribute's value before the first of them, put back after the last. */
  readonly before: string | null;
  /** The page had hidden the element itself: it is never un-hidden here. */
  readonly byPage: boolean;
}

/** Shared by every modal, so nested modals never undo each other. */
const hidings = new WeakMap<Element, Hiding>();

function hiddenBy(attribute: HidingAttribute, value: string | null): boolean {
  // `inert` is a boolean attribute: even `inert="false"` makes the element inert.
  return attribute === 'inert' ? value !== null : value !== null && value !== 'false';
}

/**
 * Hides `element` with `attribute` for one more modal. The first one sets it, unless the page
 * had already hidden the element itself.
 *
 * @example
 * hideCounted(header, 'inert');
 */
export function hideCounted(element: Element, attribute: HidingAttribute): void {
  const hiding = hidings.get(element);
  if (hiding !== undefined) {
    hiding.count += 1;
    return;
  }
  const before = element.getAttribute(attribute);
  const byPage = hiddenBy(attribute, before);
  hidings.set(element, { count: 1, before, byPage });
  if (!byPage) element.setAttribute(attribute, attribute === 'inert' ? '' : 'true');
}

/**
 * Undoes one {@link hideCounted}: the last modal to let `element` go puts the attribute back
 * exactly as the page had it.
 *
 * @example
 * unhideCounted(header, 'inert');
 */
export function unhideCounted(element: Element, attribute: HidingAttribute): void {
  const hiding = hidings.get(element);
  if (hiding === undefined) return;
  hiding.count -= 1;
  if (hiding.count > 0) return;
  hidings.delete(element);
  if (hiding.byPage) return;
  if (hiding.before === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, hiding.before);
}
