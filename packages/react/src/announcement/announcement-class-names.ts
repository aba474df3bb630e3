import { createPartClassName } from '../parts/create-part-class-name';

/** Class names for each part of the announcement, added to (or, `unstyled`, instead of) its own. */
export interface AnnouncementClassNames {
  readonly overlay?: string;
  readonly content?: string;
  readonly title?: string;
  readonly body?: string;
  readonly media?: string;
  readonly cta?: string;
  readonly secondaryCta?: string;
  readonly dontShowAgain?: string;
  readonly close?: string;
  readonly pager?: string;
}

/** A part of the announcement that takes a class name. */
export type AnnouncementPart = keyof AnnouncementClassNames;

/** Each part's own class in the default look (from `styles.css`). */
const DEFAULT_CLASS_NAMES: Readonly<Record<AnnouncementPart, string>> = {
  overlay: 'gp-overlay gp-announcement-overlay',
  content: 'gp-surface gp-dialog gp-announcement',
  title: 'gp-title',
  body: 'gp-description gp-announcement-body',
  media: 'gp-media gp-announcement-media',
  cta: 'gp-button gp-announcement-cta',
  secondaryCta: 'gp-button gp-announcement-cta',
  dontShowAgain: 'gp-button gp-announcement-dont-show',
  close: 'gp-button gp-close',
  pager: 'gp-announcement-pager',
};

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export const partClassName = createPartClassName(DEFAULT_CLASS_NAMES);
