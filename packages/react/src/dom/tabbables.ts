import { isFocusable } from './is-focusable';

type Focusable = HTMLElement | SVGElement;

/**
 * Whether the keyboard reaches `element` with Tab: it can take focus (see `isFocusable`) and
 * its `tabindex` is not negative.
 */
export function isTabbable(element: Element): element is Focusable {
  return isFocusable(element) && element.tabIndex >= 0;
}

/**
 * The elements inside `container` (not `container` itself) that Tab stops on, in the order
 * Tab visits them: positive `tabindex` first, in ascending order, then the rest in document
 * order.
 *
 * @example
 * const [first] = tabbablesIn(dialog);
 * first?.focus();
 */
export function tabbablesIn(container: Element): Focusable[] {
  const found = [...container.querySelectorAll('*')].filter(isTabbable);
  const positive = found.filter((element) => element.tabIndex > 0);
  if (positive.length === 0) return found;
  positive.sort((a, b) => a.tabIndex - b.tabIndex);
  return [...positive, ...found.filter((element) => element.tabIndex === 0)];
}

/**
 * The tabbable element just after (`1`) or just before (`-1`) `reference` in the document's Tab
 * order, leaving out `reference`'s own contents and anything in `skip`; `undefined` at either
 * end of the page.
 *
 * @example
 * adjacentTabbable(beacon, 1, [hint])?.focus(); // what follows the beacon, never the hint
 */
export function adjacentTabbable(
  reference: Element,
  direction: 1 | -1,
  skip: readonly (Element | null)[] = [],
): Focusable | undefined {
  const candidates = tabbablesIn(reference.ownerDocument.body).filter(
    (element) =>
      !reference.contains(element) &&
      !skip.some((outside) => outside !== null && outside.contains(element)),
  );
  const following = (element: Element) =>
    (reference.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return direction === 1
    ? candidates.find(following)
    : candidates.findLast((element) => !following(element));
}
