import { createPartClassName } from '../parts/create-part-class-name';

/** Class names for each part of the checklist, added to (or, `unstyled`, instead of) its own. */
export interface ChecklistClassNames {
  readonly trigger?: string;
  readonly panel?: string;
  readonly title?: string;
  readonly description?: string;
  readonly progress?: string;
  readonly items?: string;
  readonly item?: string;
  readonly dismiss?: string;
  readonly close?: string;
  readonly celebration?: string;
}

/** A part of the checklist that takes a class name. */
export type ChecklistPart = keyof ChecklistClassNames;

/** Each part's own class in the default look (from `styles.css`). */
const DEFAULT_CLASS_NAMES: Readonly<Record<ChecklistPart, string>> = {
  trigger: 'gp-button gp-launcher gp-checklist-trigger',
  panel: 'gp-surface gp-panel gp-checklist gp-checklist-panel',
  title: 'gp-title',
  description: 'gp-description',
  progress: 'gp-checklist-progress',
  items: 'gp-checklist-list',
  item: 'gp-checklist-item',
  dismiss: 'gp-button gp-checklist-dismiss',
  close: 'gp-button gp-close',
  celebration: 'gp-checklist-celebration',
};

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export const partClassName = createPartClassName(DEFAULT_CLASS_NAMES);
