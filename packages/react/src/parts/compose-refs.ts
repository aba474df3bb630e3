import type { Ref, RefCallback } from 'react';

/**
 * Combines refs into one callback ref.
 *
 * @example
 * <div ref={composeRefs(ref, ownRef)} />
 */
export function composeRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref !== null && ref !== undefined) ref.current = node;
    }
  };
}
