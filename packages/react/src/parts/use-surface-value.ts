import { useMemo, type ReactNode } from 'react';
import type { SurfaceValue } from './surface-context';

/** What the shared parts take from every root as it is: the ids and the presence reports. */
export type SurfaceRootFields = Pick<
  SurfaceValue,
  'titleId' | 'bodyId' | 'setHasTitle' | 'setHasBody' | 'reportUnsafeLink'
>;

/** What the shared parts take from a kind: its content and what its × does. */
export type SurfaceKindFields = Omit<SurfaceValue, keyof SurfaceRootFields>;

/** Props of a kind's parts provider: the root's context value, given to the parts inside. */
export interface PartsProviderProps<Value> {
  readonly value: Value;
  readonly children?: ReactNode;
}

/**
 * The value a kind gives its shared parts (`Title`, `Body`, `Media`, `Close`): `kind`, which the
 * kind keeps stable with its own `useMemo`, joined to the root's ids and reports. Stable while
 * neither changes, so the parts do not re-render with every render of the root.
 *
 * @example
 * const kind = useMemo(() => ({ title: guide?.title, … }), [guide]);
 * const surface = useSurfaceValue(context, kind);
 */
export function useSurfaceValue(root: SurfaceRootFields, kind: SurfaceKindFields): SurfaceValue {
  const { titleId, bodyId, setHasTitle, setHasBody, reportUnsafeLink } = root;
  return useMemo(
    () => ({ ...kind, titleId, bodyId, setHasTitle, setHasBody, reportUnsafeLink }),
    [kind, titleId, bodyId, setHasTitle, setHasBody, reportUnsafeLink],
  );
}
