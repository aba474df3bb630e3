import { Portal, type PortalProps } from '../parts/portal';
import { useAnnouncementContext } from './announcement-context';

/** Props of {@link AnnouncementPortal}. */
export type AnnouncementPortalProps = PortalProps;

/**
 * Renders the overlay and the dialog at the end of `document.body` (or `container`), outside
 * the app's layout and stacking contexts, only while the modal shows and only in the browser.
 *
 * @example
 * <AnnouncementPortal><AnnouncementOverlay /><AnnouncementContent>…</AnnouncementContent></AnnouncementPortal>
 */
export function AnnouncementPortal(props: AnnouncementPortalProps) {
  const { mounted } = useAnnouncementContext('AnnouncementPortal');
  return mounted ? <Portal {...props} /> : null;
}
