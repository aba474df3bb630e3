import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { withRef } from '../parts/with-ref';
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
export const SurveyTitle = withRef(function SurveyTitle({
  className,
  children,
  ...props
}: SurveyTitleProps) {
  const context = useSurveyContext('SurveyTitle');
  const title = context.survey?.title;
  const present = children !== undefined || title !== undefined;
  useReportPresence(present, context.setHasTitle);
  if (!present) return null;
  return (
    <h2 {...props} id={context.titleId} className={partClassName('title', context, className)}>
      {children ?? <RichContent content={title} inline onUnsafeLink={context.reportUnsafeLink} />}
    </h2>
  );
});
