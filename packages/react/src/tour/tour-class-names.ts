import { createPartClassName } from '../parts/create-part-class-name';

/** Class names for each part of the default tour, added to (or, `unstyled`, instead of) its own. */
export interface TourClassNames {
  readonly overlay?: string;
  readonly content?: string;
  readonly title?: string;
  readonly description?: string;
  readonly media?: string;
  readonly progress?: string;
  readonly footer?: string;
  readonly back?: string;
  readonly next?: string;
  readonly close?: string;
  readonly arrow?: string;
}

/** A part of the tour that takes a class name. */
export type TourPart = keyof TourClassNames;

/** Each part's own class in the default look (from `styles.css`). */
const DEFAULT_CLASS_NAMES: Readonly<Record<TourPart, string>> = {
  overlay: 'gp-overlay gp-tour-overlay',
  content: 'gp-surface gp-popover gp-tour-content',
  title: 'gp-title',
  description: 'gp-description',
  media: 'gp-media',
  progress: 'gp-progress',
  footer: 'gp-footer',
  back: 'gp-button',
  next: 'gp-button',
  close: 'gp-button gp-close',
  arrow: 'gp-arrow',
};

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export const partClassName = createPartClassName(DEFAULT_CLASS_NAMES);
