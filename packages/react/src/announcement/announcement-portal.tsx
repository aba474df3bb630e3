import type { ReactNode } from 'react';
import { Portal } from '../parts/portal';
import { useAnnouncementContext } from './announcement-context';

/** Props of {@link AnnouncementPortal}. */
export interface AnnouncementPortalProps {
  /** Where to render. @default document.body */
  readonly container?: HTMLElement | null;
  readonly children?: ReactNode;
}

/**
 * Renders the overlay and the dialog at the end of `document.body` (or `container`), outside
 * the app's layout and stacking contexts, only while the modal shows and only in the browser.
 *
 * @example
 * <AnnouncementPortal><AnnouncementOverlay /><AnnouncementContent>…</AnnouncementContent></AnnouncementPortal>
 */
export function AnnouncementPortal({ container, children }: AnnouncementPortalProps) {
  const { mounted } = useAnnouncementContext('AnnouncementPortal');
  if (!mounted) return null;
  return <Portal container={container}>{children}</Portal>;
}
