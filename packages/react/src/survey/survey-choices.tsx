import type { SurveyOption } from '@guidepost/core';
import { useId } from 'react';
import type { SurveyContextValue } from './survey-context';

/** Props of {@link SurveyChoices}. */
export interface SurveyChoicesProps {
  readonly context: SurveyContextValue;
  readonly options: readonly SurveyOption[];
}

/**
 * One of the question's options as native radio buttons in a group labelled by the question;
 * arrow keys move between them. Option labels are text, never HTML.
 */
export function SurveyChoices({ context, options }: SurveyChoicesProps) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-labelledby={context.questionId}
      className={context.unstyled ? undefined : 'gp-survey-choices'}
    >
      {options.map((option) => (
        <label key={option.id} className={context.unstyled ? undefined : 'gp-survey-choice'}>
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={context.draft === option.id}
            onChange={() => context.setDraft(option.id)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
