import type { Labels } from '../i18n/labels';
import { createLocaleLabels, type LabelsFor } from '../parts/create-locale-labels';

/** The labels a survey shows: the shared ones plus its own. */
export interface SurveyLabels extends Labels {
  /** The button that sends the answer. */
  readonly surveySubmit: string;
  /** Said once the answer is sent, unless the survey defines its own `thanks`. */
  readonly surveyThanks: string;
  /** Under the 0 of an NPS scale. */
  readonly npsLow: string;
  /** Under the 10 of an NPS scale. */
  readonly npsHigh: string;
  /** Under the 1 of a CSAT scale. */
  readonly csatLow: string;
  /** Under the 5 of a CSAT scale. */
  readonly csatHigh: string;
  /** The count under a free-text answer; placeholders `{count}` and `{max}`. */
  readonly characterCount: string;
}

type OwnLabels = Omit<SurveyLabels, keyof Labels>;

const english: OwnLabels = {
  surveySubmit: 'Send',
  surveyThanks: 'Thank you for your answer.',
  npsLow: 'Not likely',
  npsHigh: 'Very likely',
  csatLow: 'Very dissatisfied',
  csatHigh: 'Very satisfied',
  characterCount: '{count} of {max} characters',
};

const japanese: OwnLabels = {
  surveySubmit: '送信',
  surveyThanks: 'ご回答ありがとうございました。',
  npsLow: '勧めない',
  npsHigh: 'ぜひ勧めたい',
  csatLow: 'とても不満',
  csatHigh: 'とても満足',
  characterCount: '{count}/{max}文字',
};

const shipped = createLocaleLabels(english, japanese);

/** The English survey labels. */
export const defaultSurveyLabels: SurveyLabels = shipped.english;

/** The Japanese survey labels. */
export const japaneseSurveyLabels: SurveyLabels = shipped.japanese;

/**
 * The survey labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides.
 *
 * @example
 * surveyLabelsFor('ja').npsLow; // '勧めない'
 */
export const surveyLabelsFor: LabelsFor<SurveyLabels> = shipped.labelsFor;
