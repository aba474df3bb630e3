export { Survey } from './survey';
export { useSurveyContext } from './survey-context';
export { defaultSurveyLabels, japaneseSurveyLabels, surveyLabelsFor } from './survey-labels';
export { useSurvey } from './use-survey';

export type { SurveyAnswerProps } from './survey-answer';
export type { SurveyClassNames } from './survey-class-names';
export type { SurveyContentProps } from './survey-content';
export type { SurveyContextValue, SurveyPhase } from './survey-context';
export type { SurveyLabels } from './survey-labels';
export type { SurveyOverlayProps } from './survey-overlay';
export type { SurveyPortalProps } from './survey-portal';
export type { SurveyProps } from './survey';
export type { SurveyQuestionProps } from './survey-question';
export type { SurveyRootProps } from './survey-root';
export type { SurveySubmitProps } from './survey-submit';
export type { SurveyThanksProps } from './survey-thanks';
export type { UseSurveyResult } from './use-survey';
