import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../tour/slot';
import { AnnouncementButton, type AnnouncementButtonProps } from './announcement-button';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

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
export function AnnouncementClose({
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
  // Given content names the button itself; the default × needs a label.
  const labelled = children === undefined;
  return (
    <AnnouncementButton
      aria-label={labelled ? labels.close : undefined}
      data-variant="ghost"
      {...props}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </AnnouncementButton>
  );
}
