import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import type { SurfaceButtonProps } from '../parts/surface-button';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyClose}. */
export type SurveyCloseProps = SurfaceButtonProps;

/**
 * A visible, labelled button that closes the survey (touch screen readers have no Escape key):
 * a × named by the `close` label, or your own content. Unanswered, it closes the survey for now
 * as other pop-ups close (with the default `once`, it is not asked again); answered, it hides
 * the thank-you. Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <SurveyClose />
 */
export const SurveyClose = withRef(function SurveyClose({
  onClick,
  className,
  children,
  ...props
}: SurveyCloseProps) {
  const context = useSurveyContext('SurveyClose');
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (context.open) context.close('close');
  });
  return (
    <SurfaceCloseButton
      {...props}
      closeLabel={context.labels.close}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children}
    </SurfaceCloseButton>
  );
});
