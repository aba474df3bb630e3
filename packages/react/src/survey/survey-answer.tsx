import type { HTMLAttributes, Ref } from 'react';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';
import { SurveyChoices } from './survey-choices';
import { SurveyScale } from './survey-scale';
import type { SurveyLabels } from './survey-labels';
import { SurveyTextAnswer } from './survey-text-answer';

/** Props of {@link SurveyAnswer}. */
export interface SurveyAnswerProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/** The scale of each scored question: its lowest and highest score and the labels of its ends. */
const SCALES = {
  nps: { low: 0, high: 10, lowLabel: 'npsLow', highLabel: 'npsHigh' },
  csat: { low: 1, high: 5, lowLabel: 'csatLow', highLabel: 'csatHigh' },
} as const satisfies Record<
  string,
  {
    readonly low: number;
    readonly high: number;
    readonly lowLabel: keyof SurveyLabels;
    readonly highLabel: keyof SurveyLabels;
  }
>;

/** The props of the scale a scored question shows, in the labels given. */
function scaleProps(type: keyof typeof SCALES, labels: SurveyLabels) {
  const { low, high, lowLabel, highLabel } = SCALES[type];
  return { low, high, lowLabel: labels[lowLabel], highLabel: labels[highLabel] };
}

/**
 * The answer the question asks for, while it is asked: for `nps` a 0–10 scale and for `csat` a
 * 1–5 scale (radio groups with their ends labelled, "Not likely" … "Very likely"), for `choice`
 * the options (a radio group), for `text` a text box with a character count. Each is labelled
 * by the question. Renders nothing once answered.
 *
 * @example
 * <SurveyAnswer />
 */
export const SurveyAnswer = withRef(function SurveyAnswer({
  className,
  ...props
}: SurveyAnswerProps) {
  const context = useSurveyContext('SurveyAnswer');
  const question = context.survey?.question;
  if (question === undefined || context.phase !== 'asking') return null;
  return (
    <div
      {...props}
      className={partClassName('answer', context, className)}
      data-type={question.type}
    >
      {question.type === 'nps' || question.type === 'csat' ? (
        <SurveyScale context={context} {...scaleProps(question.type, context.labels)} />
      ) : question.type === 'choice' ? (
        <SurveyChoices context={context} options={question.options} />
      ) : (
        <SurveyTextAnswer context={context} question={question} />
      )}
    </div>
  );
});
