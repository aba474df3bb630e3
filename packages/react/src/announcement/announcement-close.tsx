import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import type { AnnouncementButtonProps } from './announcement-button';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementClose}. */
export type AnnouncementCloseProps = AnnouncementButtonProps;

/**
 * A visible, labelled button that closes the modal (touch screen readers have no Escape key):
 * a × named by the `close` label, or your own content. It closes the announcements shown for
 * now, as Escape does: each show counted, and each may show again as its `frequency` allows
 * (with the default `once`, it does not). Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <AnnouncementClose />
 */
export const AnnouncementClose = withRef(function AnnouncementClose({
  onClick,
  className,
  children,
  ...props
}: AnnouncementCloseProps) {
  const context = useAnnouncementContext('AnnouncementClose');
  const { close, labels, open } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (open) close('close');
  });
  return (
    <SurfaceCloseButton
      {...props}
      closeLabel={labels.close}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children}
    </SurfaceCloseButton>
  );
});
