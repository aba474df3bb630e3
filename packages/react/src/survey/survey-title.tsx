import type { HTMLAttributes, Ref } from 'react';
import { SurfaceTitle } from '../primitives/surface-title';
import { withRef } from '../primitives/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyTitle}. */
export interface SurveyTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The survey's `title` as an `<h2>` that names the dialog; nothing when the survey has none
 * (the question names the dialog then). Text, never HTML.
 *
 * @example
 * <SurveyTitle />
 */
export const SurveyTitle = withRef(function SurveyTitle({ className, ...props }: SurveyTitleProps) {
  const context = useSurveyContext('SurveyTitle');
  return (
    <SurfaceTitle
      {...props}
      surface={context}
      className={partClassName('title', context, className)}
      guideTitle={context.survey?.title}
    />
  );
});
