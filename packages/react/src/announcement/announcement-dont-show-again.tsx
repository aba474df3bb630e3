import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceButton } from '../parts/surface-button';
import type { AnnouncementButtonProps } from './announcement-button';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementDontShowAgain}. */
export type AnnouncementDontShowAgainProps = AnnouncementButtonProps;

/**
 * "Don't show again": dismisses the announcements shown for good, whatever their `frequency`
 * (in their current version; a new `version` may show again), and closes the modal. The engine stores it before the
 * dialog closes. Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <AnnouncementDontShowAgain />
 */
export const AnnouncementDontShowAgain = withRef(function AnnouncementDontShowAgain({
  onClick,
  className,
  children,
  ...props
}: AnnouncementDontShowAgainProps) {
  const context = useAnnouncementContext('AnnouncementDontShowAgain');
  const { dontShowAgain, labels, open } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (open) dontShowAgain();
  });
  return (
    <SurfaceButton
      data-variant="ghost"
      {...props}
      className={partClassName('dontShowAgain', context, className)}
      onClick={handleClick}
    >
      {children ?? labels.dontShowAgain}
    </SurfaceButton>
  );
});
