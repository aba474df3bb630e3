import type { ReactNode } from 'react';
import { Portal } from '../parts/portal';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyPortal}. */
export interface SurveyPortalProps {
  /** Where to render. @default document.body */
  readonly container?: HTMLElement | null;
  readonly children?: ReactNode;
}

/**
 * Renders the overlay and the dialog at the end of `document.body` (or `container`), outside
 * the app's layout and stacking contexts, only while the survey shows and only in the browser.
 *
 * @example
 * <SurveyPortal><SurveyOverlay /><SurveyContent>…</SurveyContent></SurveyPortal>
 */
export function SurveyPortal({ container, children }: SurveyPortalProps) {
  const { mounted } = useSurveyContext('SurveyPortal');
  if (!mounted) return null;
  return <Portal container={container}>{children}</Portal>;
}
