import { answerSurvey } from '../actions/answer-survey';
import { withSavedAnswers } from '../model/saved-answers';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Survey answers: `answer(id, value)` records an answer (`survey_answered`, then the survey
 * completed), and answers kept as attributes (`saveAs`) are read by audience rules. Without it,
 * `answer` records nothing and reports `invalid_answer` naming this plugin.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [surveyAnswers()] }).answer('nps-2026', 9);
 */
export function surveyAnswers(): GuidepostPlugin {
  return {
    name: 'surveyAnswers',
    parts: { surveyAnswers: { answer: answerSurvey, withAnswers: withSavedAnswers } },
  };
}
