import type { HTMLAttributes, Ref } from 'react';
import { ModalBackdrop } from '../parts/modal-backdrop';
import { withRef } from '../parts/with-ref';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyOverlay}. */
export interface SurveyOverlayProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The backdrop behind the survey: dims the page, takes every press (a stray click never
 * closes a question asked once), and fades in and out (not when the user prefers reduced
 * motion). Hidden from assistive technology.
 *
 * @example
 * <SurveyOverlay />
 */
export const SurveyOverlay = withRef(function SurveyOverlay({
  className,
  ...props
}: SurveyOverlayProps) {
  const context = useSurveyContext('SurveyOverlay');
  return (
    <ModalBackdrop
      {...props}
      modal={context}
      className={partClassName('overlay', context, className)}
    />
  );
});
