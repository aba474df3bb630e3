import { joinClassNames } from '../parts/join-class-names';

/** Class names for each part of the default hint, added to (or, `unstyled`, instead of) its own. */
export interface TooltipClassNames {
  readonly beacon?: string;
  readonly content?: string;
  readonly title?: string;
  readonly body?: string;
  readonly close?: string;
  readonly arrow?: string;
}

/** A part of the hint that takes a class name. */
export type TooltipPart = keyof TooltipClassNames;

/**
 * How a hint presents: `text`, a `role="tooltip"` shown on hover and focus of its target, or
 * `dialog`, a non-modal dialog its beacon opens, which may hold links and buttons.
 */
export type HintMode = 'text' | 'dialog';

/** Each part's own class in the default look (from `styles.css`), by mode where they differ. */
const DEFAULT_CLASS_NAMES: Readonly<
  Record<TooltipPart, string | Readonly<Record<HintMode, string>>>
> = {
  beacon: 'gp-beacon',
  content: {
    text: 'gp-surface gp-popover gp-tooltip',
    dialog: 'gp-surface gp-popover gp-hint',
  },
  title: 'gp-title',
  body: 'gp-description',
  close: 'gp-button gp-close',
  arrow: 'gp-arrow',
};

/** What {@link partClassName} reads from the root. */
export interface PartClassNameOptions {
  readonly unstyled: boolean;
  readonly classNames: TooltipClassNames;
  readonly mode: HintMode;
}

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export function partClassName(
  part: TooltipPart,
  { unstyled, classNames, mode }: PartClassNameOptions,
  className?: string,
): string | undefined {
  const own = DEFAULT_CLASS_NAMES[part];
  return joinClassNames(
    unstyled ? undefined : typeof own === 'string' ? own : own[mode],
    classNames[part],
    className,
  );
}
