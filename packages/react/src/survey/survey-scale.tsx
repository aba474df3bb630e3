import { useId } from 'react';
import type { SurveyContextValue } from './survey-context';

/** Props of {@link SurveyScale}. */
export interface SurveyScaleProps {
  readonly context: SurveyContextValue;
  /** The lowest and highest score. */
  readonly low: number;
  readonly high: number;
  /** What the two ends mean, shown under them and read with them. */
  readonly lowLabel: string;
  readonly highLabel: string;
}

/**
 * A score from `low` to `high` as native radio buttons in a group labelled by the question:
 * Tab enters the group at the chosen score, arrow keys move between scores (mirrored in
 * right-to-left pages), and the two ends are described by what they mean.
 */
export function SurveyScale({ context, low, high, lowLabel, highLabel }: SurveyScaleProps) {
  const name = useId();
  const scores = Array.from({ length: high - low + 1 }, (_, index) => low + index);
  const lowId = `${name}low`;
  const highId = `${name}high`;
  return (
    <div
      role="radiogroup"
      aria-labelledby={context.questionId}
      className={context.unstyled ? undefined : 'gp-survey-scale'}
      data-points={scores.length}
    >
      <div className={context.unstyled ? undefined : 'gp-survey-points'}>
        {scores.map((score) => (
          <label key={score} className={context.unstyled ? undefined : 'gp-survey-point'}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={context.draft === score}
              onChange={() => context.setDraft(score)}
              aria-describedby={score === low ? lowId : score === high ? highId : undefined}
              className={context.unstyled ? undefined : 'gp-survey-radio'}
            />
            <span className={context.unstyled ? undefined : 'gp-survey-point-label'}>{score}</span>
          </label>
        ))}
      </div>
      <div className={context.unstyled ? undefined : 'gp-survey-ends'}>
        <span id={lowId}>{lowLabel}</span>
        <span id={highId}>{highLabel}</span>
      </div>
    </div>
  );
}
