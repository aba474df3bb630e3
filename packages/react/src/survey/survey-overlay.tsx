import type { HTMLAttributes, MouseEvent, Ref } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyOverlay}. */
export interface SurveyOverlayProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The backdrop behind the survey: dims the page and takes every press (a stray click never
 * closes a question asked once). Hidden from assistive technology.
 *
 * @example
 * <SurveyOverlay />
 */
export const SurveyOverlay = withRef(function SurveyOverlay({
  className,
  onMouseDown,
  ...props
}: SurveyOverlayProps) {
  const context = useSurveyContext('SurveyOverlay');
  // A press on the backdrop must not take focus out of the dialog to the page's body.
  const handleMouseDown = composeEventHandlers<MouseEvent<HTMLDivElement>>(onMouseDown, (event) =>
    event.preventDefault(),
  );
  if (!context.mounted) return null;
  return (
    <div
      role="presentation"
      aria-hidden="true"
      {...props}
      data-state={context.dataState}
      className={partClassName('overlay', context, className)}
      onMouseDown={handleMouseDown}
    />
  );
});
