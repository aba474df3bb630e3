import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceButton, type SurfaceButtonProps } from '../parts/surface-button';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveySubmit}. */
export type SurveySubmitProps = SurfaceButtonProps;

/**
 * Sends the answer chosen (the `surveySubmit` label, or your own content). Until the answer is
 * one the question takes it stays focusable but `aria-disabled`, so a keyboard user still finds
 * it. Your `onClick` runs first and may `preventDefault()`. Renders nothing once answered.
 *
 * @example
 * <SurveySubmit />
 */
export const SurveySubmit = withRef(function SurveySubmit({
  onClick,
  className,
  children,
  ...props
}: SurveySubmitProps) {
  const context = useSurveyContext('SurveySubmit');
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (context.canSubmit) context.submit();
  });
  if (context.phase !== 'asking') return null;
  return (
    <SurfaceButton
      data-variant="primary"
      {...props}
      aria-disabled={context.canSubmit ? undefined : true}
      className={partClassName('submit', context, className)}
      onClick={handleClick}
    >
      {children ?? context.labels.surveySubmit}
    </SurfaceButton>
  );
});
