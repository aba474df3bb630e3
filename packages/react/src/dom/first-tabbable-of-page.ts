import { isTabbable } from './tabbables';

/** What can be in the Tab order; `isTabbable` decides for each. */
const CANDIDATES =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/**
 * Where a Tab from the top of the page lands first, leaving out what is inside `skip` (the
 * surface that is closing): the lowest positive `tabindex`, else the first tabbable element in
 * document order. `undefined` on a page with nothing to focus.
 *
 * @example
 * firstTabbableOfPage(document, [dialog])?.focus();
 */
export function firstTabbableOfPage(
  document: Document,
  skip: readonly (Element | null)[] = [],
): HTMLElement | SVGElement | undefined {
  let first: HTMLElement | SVGElement | undefined;
  for (const element of document.body.querySelectorAll(CANDIDATES)) {
    if (skip.some((outside) => outside !== null && outside.contains(element))) continue;
    if (!isTabbable(element)) continue;
    if (element.tabIndex <= 0) return first ?? element;
    if (first === undefined || element.tabIndex < first.tabIndex) first = element;
  }
  return first;
}
