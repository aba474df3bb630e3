import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyQuestion}. */
export interface SurveyQuestionProps extends HTMLAttributes<HTMLParagraphElement> {
  readonly ref?: Ref<HTMLParagraphElement>;
}

/**
 * The question's text (never HTML). It labels the answers (the radio group or the text box)
 * and names the dialog when the survey has no title, so keep it rendered.
 *
 * @example
 * <SurveyQuestion />
 */
export const SurveyQuestion = withRef(function SurveyQuestion({
  className,
  children,
  ...props
}: SurveyQuestionProps) {
  const context = useSurveyContext('SurveyQuestion');
  return (
    <p {...props} id={context.questionId} className={partClassName('question', context, className)}>
      {children ?? (
        <RichContent
          content={context.survey?.question.text}
          inline
          onUnsafeLink={context.reportUnsafeLink}
        />
      )}
    </p>
  );
});
