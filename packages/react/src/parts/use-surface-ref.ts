import { useCallback, useRef, type Ref, type RefObject } from 'react';
import { composeRefs } from './compose-refs';

/**
 * The ref of a surface (a tour step, a hint, a modal dialog, a panel): one callback that hands
 * the element to the motion scope, the positioning (`undefined` for a surface that is not
 * anchored), the focus scope and the caller's own `ref`, and the element itself for effects.
 *
 * @example
 * const { surface, setRef } = useSurfaceRef(motion.scope, position.setFloating, scopeRef, ref);
 */
export function useSurfaceRef<T extends HTMLElement = HTMLDivElement>(
  motionScope: RefObject<unknown>,
  setFloating: ((node: T | null) => void) | undefined,
  scopeRef: (node: T | null) => void,
  ref: Ref<T> | undefined,
): {
  readonly surface: RefObject<T | null>;
  readonly setRef: (node: T | null) => void;
} {
  const surface = useRef<T | null>(null);
  const setRef = useCallback(
    (node: T | null) => {
      surface.current = node;
      (motionScope as { current: T | null }).current = node;
      setFloating?.(node);
      scopeRef(node);
      composeRefs(ref)(node);
    },
    [motionScope, setFloating, scopeRef, ref],
  );
  return { surface, setRef };
}
