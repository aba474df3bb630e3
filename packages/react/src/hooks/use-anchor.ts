import type { AnchorName, GuidepostDefinition } from '@guidepost/core';
import { useCallback, useRef } from 'react';
import type { RegisteredDefinition } from '../register/register';
import { ANCHOR_ATTRIBUTE } from '../dom/anchor-selector';

interface MarkedElement {
  readonly element: Element;
  /** The attribute's value before it was set, restored when the element is let go. */
  readonly previous: string | null;
}

/**
 * Makes an element the anchor `name`, so steps and hints can target it by name instead of a
 * CSS selector. Returns a ref callback that sets `data-guidepost="name"` on the element and
 * removes it again (or restores an earlier value) when the element unmounts or the name
 * changes; an attribute already in the markup is left as it was. With a definition registered,
 * only anchor names its guides target (or its `anchors` list declares) compile.
 *
 * @example
 * function NewProjectButton() {
 *   const anchor = useAnchor('new-project');
 *   return <button ref={anchor}>New project</button>;
 * }
 */
export function useAnchor<
  T extends Element = HTMLElement,
  D extends GuidepostDefinition = RegisteredDefinition,
>(name: AnchorName<D>): (element: T | null) => void {
  const marked = useRef<MarkedElement | null>(null);
  return useCallback(
    (element: T | null) => {
      const last = marked.current;
      if (last !== null) {
        marked.current = null;
        // Leave it alone if something else has claimed the attribute since.
        if (last.element.getAttribute(ANCHOR_ATTRIBUTE) === name) {
          if (last.previous === null) last.element.removeAttribute(ANCHOR_ATTRIBUTE);
          else last.element.setAttribute(ANCHOR_ATTRIBUTE, last.previous);
        }
      }
      if (element === null) return;
      const previous = element.getAttribute(ANCHOR_ATTRIBUTE);
      if (previous === name) return;
      element.setAttribute(ANCHOR_ATTRIBUTE, name);
      marked.current = { element, previous };
    },
    [name],
  );
}
