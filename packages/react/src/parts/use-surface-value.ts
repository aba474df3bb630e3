import type { GuideContent, GuideMedia } from '@guidepost/core';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { Labels } from '../i18n/labels';
import type { PartClassName } from './create-part-class-name';
import type { DescriptionFields, RootContextFields } from './root-context-fields';
import type { SurfacePart, SurfaceValue } from './surface-context';
import { useStructuralValue } from './use-structural-value';

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

/** What a kind's surface shows and what its × means; the rest comes from its root's context. */
export interface SurfaceContent {
  readonly title: GuideContent | undefined;
  readonly body?: GuideContent | undefined;
  readonly media?: GuideMedia | undefined;
  /** The title's element. @default 'h2' */
  readonly titleAs?: SurfaceValue['titleAs'];
  /** Let a video play in place on phones. @default false */
  readonly playsInline?: boolean;
  /** The engine action (or panel change) × dispatches; `undefined` where there is no ×. */
  readonly close: (() => void) | undefined;
}

/** The root context fields the shared parts read. */
type SurfaceRoot<Part extends string> = RootContextFields<
  Readonly<Partial<Record<Part, string>>>,
  Labels
> &
  Partial<DescriptionFields>;

/**
 * {@link useSurfaceValue} for a kind whose root names the body its `description` (tour, checklist,
 * guide center): the value its shared parts read, from the root's context and its content, kept
 * while it says the same. A part the kind does not style keeps only the class it is given.
 *
 * @example
 * const surface = useRootSurfaceValue(context, partClassName, { title: step?.title, close: dismiss });
 * <tourParts.Provider value={surface}>{children}</tourParts.Provider>
 */
export function useRootSurfaceValue<Part extends string>(
  root: SurfaceRoot<Part>,
  partClassName: PartClassName<Part>,
  { title, body, media, titleAs = 'h2', playsInline = false, close }: SurfaceContent,
): SurfaceValue {
  const {
    labels,
    unstyled,
    classNames,
    descriptionId = '',
    setHasDescription = ignorePresence,
  } = root;
  // The kind's part names: the shared body is each kind's `description`.
  const surfaceClassName = useCallback(
    (part: SurfacePart, className?: string) =>
      partClassName(
        (part === 'body' ? 'description' : part) as Part,
        { unstyled, classNames },
        className,
      ),
    [partClassName, unstyled, classNames],
  );
  const kind = useStructuralValue<SurfaceKindFields>({
    title,
    body,
    media,
    titleAs,
    playsInline,
    partClassName: surfaceClassName,
    closeLabel: labels.close,
    close,
  });
  const { titleId, setHasTitle, reportUnsafeLink } = root;
  return useSurfaceValue(
    {
      titleId,
      bodyId: descriptionId,
      setHasTitle,
      setHasBody: setHasDescription,
      reportUnsafeLink,
    },
    kind,
  );
}

/** A surface without a description has no body to report. */
function ignorePresence() {}
