import { useMemo } from 'react';
import type { Labels } from '../i18n/labels';
import type { LabelsFor } from './create-locale-labels';
import type { SurfaceRootProps } from './surface-root-props';

/** What every part of a component reads from its root for its labels and its look. */
export interface SurfaceSettings<ClassNames extends object, L extends Labels> {
  readonly labels: L;
  readonly unstyled: boolean;
  readonly classNames: ClassNames;
}

const NO_CLASS_NAMES = Object.freeze({});

/**
 * A root's labels (the locale's with the `labels` overrides, kept while neither changes) and
 * its `unstyled` and `classNames`, with their defaults; the same object while none changes.
 *
 * @example
 * const { labels, unstyled, classNames } = useSurfaceSettings(props, checklistLabelsFor);
 */
export function useSurfaceSettings<ClassNames extends object, L extends Labels>(
  {
    labels: overrides,
    locale = 'en',
    unstyled = false,
    classNames,
  }: SurfaceRootProps<ClassNames> & { readonly labels?: Partial<L> | undefined },
  labelsFor: LabelsFor<L>,
): SurfaceSettings<ClassNames, L> {
  const labels = useMemo(() => labelsFor(locale, overrides), [labelsFor, locale, overrides]);
  // Every part of a class-names type is optional, so the empty default fits each of them; one
  // shared object keeps the root's context value stable.
  const looks = classNames ?? (NO_CLASS_NAMES as ClassNames);
  // One object while none of the three changes, so a memoised context can depend on it whole.
  return useMemo(() => ({ labels, unstyled, classNames: looks }), [labels, unstyled, looks]);
}
