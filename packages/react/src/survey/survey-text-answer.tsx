import { maxAnswerLength, type SurveyQuestion } from '@guidepost/core';
import { useId } from 'react';
import { formatLabel } from '../i18n/format-label';
import type { SurveyContextValue } from './survey-context';

/** Props of {@link SurveyTextAnswer}. */
export interface SurveyTextAnswerProps {
  readonly context: SurveyContextValue;
  readonly question: SurveyQuestion;
}

/**
 * A free-text answer: a text box labelled by the question, stopped at the question's
 * `maxLength`, with a character count under it that the text box is described by (read when the
 * box is reached, not at every key).
 */
export function SurveyTextAnswer({ context, question }: SurveyTextAnswerProps) {
  const countId = useId();
  const max = maxAnswerLength(question);
  const text = typeof context.draft === 'string' ? context.draft : '';
  return (
    <div className={context.unstyled ? undefined : 'gp-survey-text'}>
      <textarea
        aria-labelledby={context.questionId}
        aria-describedby={countId}
        maxLength={max}
        rows={3}
        value={text}
        onChange={(event) =>
          context.setDraft(event.target.value === '' ? undefined : event.target.value)
        }
        className={context.unstyled ? undefined : 'gp-survey-textarea'}
      />
      <p id={countId} className={context.unstyled ? undefined : 'gp-survey-count'}>
        {formatLabel(context.labels.characterCount, { count: text.length, max })}
      </p>
    </div>
  );
}
