import { useId, useState } from 'react';

/** What {@link useSurfaceLabelling} gives a root, for its context. */
export interface SurfaceLabelling {
  /** The title's id, which the surface's `aria-labelledby` points at. */
  readonly titleId: string;
  /** The body's id, which the surface's `aria-describedby` points at. */
  readonly bodyId: string;
  /** A title renders. */
  readonly hasTitle: boolean;
  /** A body renders. */
  readonly hasBody: boolean;
  /** Called by the title while it renders. */
  readonly setHasTitle: (present: boolean) => void;
  /** Called by the body while it renders. */
  readonly setHasBody: (present: boolean) => void;
}

/**
 * The ids of a surface's title and body and whether each renders, so the surface names and
 * describes itself only by parts that are there.
 *
 * @example
 * const labelling = useSurfaceLabelling();
 * const value = { ...labelling, open, labels };
 */
export function useSurfaceLabelling(): SurfaceLabelling {
  const baseId = useId();
  const [hasTitle, setHasTitle] = useState(false);
  const [hasBody, setHasBody] = useState(false);
  return {
    titleId: `${baseId}title`,
    bodyId: `${baseId}body`,
    hasTitle,
    hasBody,
    setHasTitle,
    setHasBody,
  };
}
