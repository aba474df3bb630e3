import { useId, useState } from 'react';
import type { Labels } from '../i18n/labels';
import type { RootContextFields } from './root-context-fields';
import type { SurfaceValue } from './surface-context';

/** What {@link useSurfaceLabelling} gives a root, for its context. */
export interface SurfaceLabelling
  extends
    Pick<SurfaceValue, 'titleId' | 'bodyId' | 'setHasTitle' | 'setHasBody'>,
    Pick<RootContextFields<object, Labels>, 'hasTitle'> {
  /** A body renders, so the surface can point `aria-describedby` at it. */
  readonly hasBody: boolean;
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
