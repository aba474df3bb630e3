import { useId, useMemo, useState } from 'react';
import type { Labels } from '../i18n/labels';
import type { DescriptionFields, RootContextFields } from './root-context-fields';
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

/** What {@link useDescribedSurfaceLabelling} gives a root whose parts speak of a description. */
export type DescribedSurfaceLabelling = Pick<
  RootContextFields<object, Labels>,
  'titleId' | 'hasTitle' | 'setHasTitle'
> &
  DescriptionFields;

/**
 * {@link useSurfaceLabelling} for a root whose context names the body its description (the
 * tour, the checklist), kept as one object while nothing in it changes, so a memoised context
 * can depend on it whole.
 *
 * @example
 * const labelling = useDescribedSurfaceLabelling();
 * const value = useMemo(() => ({ ...labelling, open }), [labelling, open]);
 */
export function useDescribedSurfaceLabelling(): DescribedSurfaceLabelling {
  const { titleId, bodyId, hasTitle, hasBody, setHasTitle, setHasBody } = useSurfaceLabelling();
  return useMemo(
    () => ({
      titleId,
      hasTitle,
      setHasTitle,
      descriptionId: bodyId,
      hasDescription: hasBody,
      setHasDescription: setHasBody,
    }),
    [titleId, bodyId, hasTitle, hasBody, setHasTitle, setHasBody],
  );
}
