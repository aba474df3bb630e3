import type { HTMLAttributes, Ref } from 'react';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';
import { SurveyChoices } from './survey-choices';
import { SurveyScale } from './survey-scale';
import { SurveyTextAnswer } from './survey-text-answer';

/** Props of {@link SurveyAnswer}. */
export interface SurveyAnswerProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
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
  const { labels } = context;
  return (
    <div
      {...props}
      className={partClassName('answer', context, className)}
      data-type={question.type}
    >
      {question.type === 'nps' ? (
        <SurveyScale
          context={context}
          low={0}
          high={10}
          lowLabel={labels.npsLow}
          highLabel={labels.npsHigh}
        />
      ) : question.type === 'csat' ? (
        <SurveyScale
          context={context}
          low={1}
          high={5}
          lowLabel={labels.csatLow}
          highLabel={labels.csatHigh}
        />
      ) : question.type === 'choice' ? (
        <SurveyChoices context={context} options={question.options} />
      ) : (
        <SurveyTextAnswer context={context} question={question} />
      )}
    </div>
  );
});
