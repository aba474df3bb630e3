import { createPartClassName } from '../parts/create-part-class-name';

/** Class names for each part of the guide center, added to (or, `unstyled`, instead of) its own. */
export interface GuideCenterClassNames {
  readonly launcher?: string;
  readonly panel?: string;
  readonly title?: string;
  readonly close?: string;
  readonly search?: string;
  readonly articles?: string;
  readonly guides?: string;
  readonly whatsNew?: string;
  readonly contact?: string;
}

/** A part of the guide center that takes a class name. */
export type GuideCenterPart = keyof GuideCenterClassNames;

/** Each part's own class in the default look (from `styles.css`). */
const DEFAULT_CLASS_NAMES: Readonly<Record<GuideCenterPart, string>> = {
  launcher: 'gp-button gp-launcher gp-center-launcher',
  panel: 'gp-surface gp-panel gp-center',
  title: 'gp-title',
  close: 'gp-button gp-close',
  search: 'gp-center-search',
  articles: 'gp-center-section gp-center-articles',
  guides: 'gp-center-section gp-center-guides',
  whatsNew: 'gp-center-section gp-center-news',
  contact: 'gp-center-section gp-center-contact',
};

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export const partClassName = createPartClassName(DEFAULT_CLASS_NAMES);
