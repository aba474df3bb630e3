import { Portal, type PortalProps } from '../parts/portal';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyPortal}. */
export type SurveyPortalProps = PortalProps;

/**
 * Renders the overlay and the dialog at the end of `document.body` (or `container`), outside
 * the app's layout and stacking contexts, only while the survey shows and only in the browser.
 *
 * @example
 * <SurveyPortal><SurveyOverlay /><SurveyContent>…</SurveyContent></SurveyPortal>
 */
export function SurveyPortal(props: SurveyPortalProps) {
  const { mounted } = useSurveyContext('SurveyPortal');
  return mounted ? <Portal {...props} /> : null;
}
