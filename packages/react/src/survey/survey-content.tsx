import type { HTMLAttributes, Ref } from 'react';
import { ModalSurface } from '../parts/modal-surface';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyContent}. */
export interface SurveyContentProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The modal dialog: `role="dialog"` and `aria-modal="true"`, named by `SurveyTitle` while one
 * renders, else by the question. Focus moves onto it when it opens (so its name is read first),
 * stays trapped inside, and returns to where it was when it closes. The rest of the page is
 * inert and stops scrolling, both restored exactly. Escape closes it unless a control inside
 * handled the key first. It scales in and out, not when the user prefers reduced motion. State
 * shows as `data-state` and `data-phase` (`asking`, `thanks`).
 *
 * @example
 * <SurveyContent><SurveyQuestion /><SurveyAnswer /><SurveySubmit /></SurveyContent>
 */
export const SurveyContent = withRef(function SurveyContent({
  className,
  ...props
}: SurveyContentProps) {
  const context = useSurveyContext('SurveyContent');
  return (
    <ModalSurface
      {...props}
      modal={context}
      aria-labelledby={context.hasTitle ? context.titleId : context.questionId}
      data-phase={context.phase}
      className={partClassName('content', context, className)}
    />
  );
});
