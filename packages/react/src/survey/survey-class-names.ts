import { createPartClassName } from '../parts/create-part-class-name';

/** Class names for each part of the survey, added to (or, `unstyled`, instead of) its own. */
export interface SurveyClassNames {
  readonly overlay?: string;
  readonly content?: string;
  readonly title?: string;
  readonly question?: string;
  readonly answer?: string;
  readonly submit?: string;
  readonly thanks?: string;
  readonly close?: string;
}

/** A part of the survey that takes a class name. */
export type SurveyPart = keyof SurveyClassNames;

/** Each part's own class in the default look (from `styles.css`). */
const DEFAULT_CLASS_NAMES: Readonly<Record<SurveyPart, string>> = {
  overlay: 'gp-overlay gp-survey-overlay',
  content: 'gp-surface gp-dialog gp-survey',
  title: 'gp-title',
  question: 'gp-survey-question',
  answer: 'gp-survey-answer',
  submit: 'gp-button gp-survey-submit',
  thanks: 'gp-survey-thanks',
  close: 'gp-button gp-close',
};

/**
 * The class attribute of a part: its default class (unless `unstyled`), the root's
 * `classNames[part]`, then the part's own `className`.
 */
export const partClassName = createPartClassName(DEFAULT_CLASS_NAMES);
