import { idList, joinIdLists } from './id-list';

const ATTRIBUTE = 'aria-describedby';

/**
 * Adds `id` to an element's `aria-describedby`, after the ids already there and only once, and
 * returns the function that takes it away again. When nothing else touched the attribute
 * meanwhile, that function restores the exact previous value (or removes the attribute when
 * there was none); otherwise it removes only `id`, keeping what others added since.
 *
 * @example
 * const restore = appendDescribedBy(button, tooltipId); // 'help' -> 'help tooltip-1'
 * restore(); // 'help'
 */
export function appendDescribedBy(element: Element, id: string): () => void {
  const previous = element.getAttribute(ATTRIBUTE);
  if (idList(previous).includes(id)) return () => undefined;
  const written = joinIdLists(previous, id) as string;
  element.setAttribute(ATTRIBUTE, written);
  return () => {
    const current = element.getAttribute(ATTRIBUTE);
    if (current === written) {
      if (previous === null) element.removeAttribute(ATTRIBUTE);
      else element.setAttribute(ATTRIBUTE, previous);
      return;
    }
    const rest = joinIdLists(...idList(current).filter((other) => other !== id));
    if (rest === undefined) element.removeAttribute(ATTRIBUTE);
    else element.setAttribute(ATTRIBUTE, rest);
  };
}
