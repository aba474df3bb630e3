import type { GuideContent, GuideMedia } from '@guidepost/core';

/** A part every kind shares, by the name its root's `classNames` knows it. */
export type SurfacePart = 'title' | 'body' | 'media' | 'close';

/**
 * What a kind's root gives the shared parts (`Title`, `Body`, `Media`, `Close`): the content
 * shown, the ids the surface points its `aria-labelledby` / `aria-describedby` at, and what
 * the × means for this kind. Everything else stays in the kind's own context.
 */
export interface SurfaceValue {
  /** The guide's (or step's) title, as this surface shows it. */
  readonly title: GuideContent | undefined;
  /** The guide's (or step's) body or description, as this surface shows it. */
  readonly body: GuideContent | undefined;
  readonly media: GuideMedia | undefined;
  /** The title's element: `h2` in a dialog, `div` in a text hint (which is not a dialog). */
  readonly titleAs: 'h2' | 'div';
  /** Let a video play in place on phones instead of going full screen. */
  readonly playsInline: boolean;
  readonly titleId: string;
  readonly bodyId: string;
  /** Called by the title and body while they render. */
  readonly setHasTitle: (present: boolean) => void;
  readonly setHasBody: (present: boolean) => void;
  /** Reports a link refused by `isSafeHref` in the content. */
  readonly reportUnsafeLink: (href: string) => void;
  /** The class attribute of a shared part, from the root's `unstyled` and `classNames`. */
  readonly partClassName: (part: SurfacePart, className?: string) => string | undefined;
  /** The accessible name of the default ×. */
  readonly closeLabel: string;
  /**
   * What the × does for this kind (the engine action it dispatches); `undefined` where the
   * surface shows no × (a text hint, an inline checklist).
   */
  readonly close: (() => void) | undefined;
}
