import { useLayoutEffect, useRef, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { composeRefs } from '../parts/compose-refs';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyThanks}. */
export interface SurveyThanksProps extends HTMLAttributes<HTMLParagraphElement> {
  readonly ref?: Ref<HTMLParagraphElement>;
}

/**
 * The thank-you once the answer is recorded: the survey's `thanks`, else the `surveyThanks`
 * label (text, never HTML). It takes focus as it appears, where the answer and the submit button
 * were, so a screen reader reads it and the keyboard stays in the dialog.
 *
 * @example
 * <SurveyThanks />
 */
export const SurveyThanks = withRef(function SurveyThanks({
  className,
  children,
  ref,
  ...props
}: SurveyThanksProps) {
  const context = useSurveyContext('SurveyThanks');
  const element = useRef<HTMLParagraphElement | null>(null);
  const thanking = context.phase === 'thanks';
  useLayoutEffect(() => {
    if (thanking) element.current?.focus();
  }, [thanking]);
  if (!thanking) return null;
  return (
    <p
      {...props}
      ref={composeRefs(ref, element)}
      tabIndex={-1}
      className={partClassName('thanks', context, className)}
    >
      {children ??
        (context.survey?.thanks === undefined ? (
          context.labels.surveyThanks
        ) : (
          <RichContent
            content={context.survey.thanks}
            inline
            onUnsafeLink={context.reportUnsafeLink}
          />
        ))}
    </p>
  );
});
