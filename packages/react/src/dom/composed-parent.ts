/**
 * The parent of `node` in the flat tree the browser lays out: the slot it is assigned to, else
 * its parent element, else, at the top of a shadow tree, the shadow root's host. `null` at the
 * document's root.
 *
 * @example
 * composedParent(buttonInShadowRoot); // the custom element hosting it
 */
export function composedParent(node: Element): Element | null {
  if (node.assignedSlot !== null) return node.assignedSlot;
  if (node.parentElement !== null) return node.parentElement;
  const parent = node.parentNode;
  return parent !== null && 'host' in parent ? (parent as ShadowRoot).host : null;
}
