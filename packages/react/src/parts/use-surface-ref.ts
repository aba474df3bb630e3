import { useCallback, useRef, type Ref, type RefObject } from 'react';
import { composeRefs } from './compose-refs';

/**
 * The ref of a floating surface (a tour step, a hint): one callback that hands the element to
 * the motion scope, the positioning, the focus scope and the caller's own `ref`, and the
 * element itself for effects.
 *
 * @example
 * const { surface, setRef } = useSurfaceRef(motion.scope, position.setFloating, scopeRef, ref);
 */
export function useSurfaceRef(
  motionScope: RefObject<unknown>,
  setFloating: (node: HTMLDivElement | null) => void,
  scopeRef: (node: HTMLDivElement | null) => void,
  ref: Ref<HTMLDivElement> | undefined,
): {
  readonly surface: RefObject<HTMLDivElement | null>;
  readonly setRef: (node: HTMLDivElement | null) => void;
} {
  const surface = useRef<HTMLDivElement | null>(null);
  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      surface.current = node;
      (motionScope as { current: HTMLDivElement | null }).current = node;
      setFloating(node);
      scopeRef(node);
      composeRefs(ref)(node);
    },
    [motionScope, setFloating, scopeRef, ref],
  );
  return { surface, setRef };
}
