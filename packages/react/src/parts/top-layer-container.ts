function isOpenPopover(element: Element): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    // Engines without the Popover API have no popover top layer.
    return false;
  }
}

/**
 * The open native `<dialog>` or popover that holds `target`, if any. A tour step for a target
 * in the top layer must render inside that element: anything outside a modal dialog is inert
 * and painted beneath it.
 */
export function topLayerContainer(target: Element | null): HTMLElement | null {
  for (let node = target?.parentElement ?? null; node !== null; node = node.parentElement) {
    if ((node.localName === 'dialog' && node.hasAttribute('open')) || isOpenPopover(node)) {
      return node;
    }
  }
  return null;
}
