import type { GuideContent, GuideMedia } from '@guidepost/core';
import { useCallback } from 'react';
import type { Labels } from '../i18n/labels';
import type { PartClassName } from './create-part-class-name';
import type { DescriptionFields, RootContextFields } from './root-context-fields';
import type { SurfacePart, SurfaceValue } from './surface-context';
import { useStructuralValue } from './use-structural-value';

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
 * The value a kind gives its shared parts (`Title`, `Body`, `Media`, `Close`), from its root's
 * context and its content, kept while it says the same. The body's classes are the kind's
 * `description` part; a part the kind does not style keeps only the class it is given.
 *
 * @example
 * const surface = useSurfaceValue(context, partClassName, { title: step?.title, close: dismiss });
 * <tourParts.Provider value={surface}>{children}</tourParts.Provider>
 */
export function useSurfaceValue<Part extends string>(
  root: SurfaceRoot<Part>,
  partClassName: PartClassName<Part>,
  { title, body, media, titleAs = 'h2', playsInline = false, close }: SurfaceContent,
): SurfaceValue {
  const { labels, unstyled, classNames, titleId, descriptionId = '', reportUnsafeLink } = root;
  const { setHasTitle, setHasDescription = ignorePresence } = root;
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
  return useStructuralValue<SurfaceValue>({
    title,
    body,
    media,
    titleAs,
    playsInline,
    titleId,
    bodyId: descriptionId,
    setHasTitle,
    setHasBody: setHasDescription,
    reportUnsafeLink,
    partClassName: surfaceClassName,
    closeLabel: labels.close,
    close,
  });
}

/** A surface without a description has no body to report. */
function ignorePresence() {}
