import { GuidepostError } from '../../errors/guidepost-error';
import type { SurveyAnswerValue, SurveyGuide, SurveyQuestion } from '../../guides/types';
import { finishGuide } from './checklist-actions';
import {
  evaluateFor,
  guideOf,
  progressOf,
  queueEvent,
  scopeNow,
  writeProgress,
  type EngineCore,
} from '../model/engine-core';
import { isTerminal } from '../progress/progress-table';

/** The longest free-text answer when the question sets no `maxLength`. */
const DEFAULT_ANSWER_LENGTH = 500;

/**
 * The most characters a `text` question takes: its `maxLength`, else 500.
 *
 * @example
 * maxAnswerLength({ type: 'text', text: 'What should we improve?' }); // 500
 */
export function maxAnswerLength(question: SurveyQuestion): number {
  return question.type === 'text' ? (question.maxLength ?? DEFAULT_ANSWER_LENGTH) : 0;
}

/**
 * The answer a question takes, as the engine records it (free text trimmed), or why `value` is
 * not one. Components use it to enable their submit button, so they accept what the engine does.
 *
 * @example
 * readSurveyAnswer({ type: 'nps', text: '…' }, 11); // { problem: 'expected a whole number from 0 to 10' }
 */
export function readSurveyAnswer(
  question: SurveyQuestion,
  value: unknown,
): { readonly value: SurveyAnswerValue } | { readonly problem: string } {
  const score = (low: number, high: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high
      ? { value }
      : { problem: `expected a whole number from ${low} to ${high}` };
  switch (question.type) {
    case 'nps':
      return score(0, 10);
    case 'csat':
      return score(1, 5);
    case 'choice': {
      const ids = question.options.map((option) => option.id);
      return typeof value === 'string' && ids.includes(value)
        ? { value }
        : { problem: `expected one of the option ids ${ids.join(', ')}` };
    }
    case 'text': {
      const max = maxAnswerLength(question);
      const text = typeof value === 'string' ? value.trim() : '';
      return text !== '' && text.length <= max
        ? { value: text }
        : { problem: `expected text of 1 to ${max} characters` };
    }
  }
}

/**
 * The rollout side the user is on for a survey whose audience holds a rollout that decides it,
 * read before the answer changes anything the audience may read.
 */
function variantOf(core: EngineCore, id: string): 'treatment' | 'holdout' | undefined {
  const rule = guideOf(core, id)?.audience;
  const probe = core.probe;
  if (rule === undefined || probe === undefined || !probe.hasRollout(rule)) return undefined;
  const scope = scopeNow(core);
  const holds = (fixed: boolean) =>
    evaluateFor(core, id, () => core.targeting.evaluate(probe.fixRollout(rule, fixed), scope));
  if (holds(true) === holds(false)) return undefined;
  return evaluateFor(core, id, () => core.targeting.evaluate(rule, scope))
    ? 'treatment'
    : 'holdout';
}

/**
 * Records the answer to survey `id`: `survey_answered` (with the answer, the attribute it is
 * kept as and the rollout side), the answer saved as a user attribute when the survey has
 * `saveAs`, then the survey completed (`guide_completed`), so it is never asked again in this
 * version. Returns whether the answer was recorded: a survey already answered or dismissed in
 * this version, or a disabled one, takes none. An answer the question cannot take is reported
 * through `onError` (`invalid_answer`) and not recorded.
 */
export function answerSurvey(core: EngineCore, id: string, value: unknown): boolean {
  const guide = guideOf(core, id);
  if (guide === undefined || core.session.disabled.has(id)) return false;
  const path = `guides.${id}.question`;
  if (guide.kind !== 'survey') {
    const message = `guide '${id}' takes no answer: its kind is '${guide.kind}', not 'survey'`;
    core.outbox.errors.push(new GuidepostError('invalid_answer', message, { guideId: id }));
    return false;
  }
  const survey: SurveyGuide = guide;
  const read = readSurveyAnswer(survey.question, value);
  if ('problem' in read) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
    const message = `survey '${id}' cannot take the answer ${shown}: ${read.problem}`;
    core.outbox.errors.push(new GuidepostError('invalid_answer', message, { guideId: id, path }));
    return false;
  }
  const before = progressOf(core, id);
  if (isTerminal(before.status)) return false;
  const variant = variantOf(core, id);
  const attribute = survey.saveAs;
  queueEvent(core, 'survey_answered', id, {
    question: survey.question.type,
    answer: read.value,
    ...(attribute === undefined ? {} : { attribute }),
    ...(variant === undefined ? {} : { variant }),
  });
  if (attribute !== undefined) {
    writeProgress(core, id, {
      ...before,
      answer: { attribute, value: read.value, at: core.clock() },
    });
  }
  finishGuide(core, id);
  return true;
}
