import type { HTMLAttributes, Ref } from 'react';
import { ModalBackdrop } from '../parts/modal-backdrop';
import { withRef } from '../parts/with-ref';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

/** Props of {@link AnnouncementOverlay}. */
export interface AnnouncementOverlayProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * A press on the backdrop closes the announcement for now. Off by default, so a
   * stray click never throws away a message shown once. @default false
   */
  readonly closeOnPress?: boolean;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The backdrop behind the dialog: dims the page, takes every press, and fades in and out
 * (not when the user prefers reduced motion). Hidden from assistive technology.
 *
 * @example
 * <AnnouncementOverlay />
 */
export const AnnouncementOverlay = withRef(function AnnouncementOverlay({
  closeOnPress = false,
  className,
  ...props
}: AnnouncementOverlayProps) {
  const context = useAnnouncementContext('AnnouncementOverlay');
  return (
    <ModalBackdrop
      {...props}
      modal={context}
      onPress={closeOnPress ? () => context.close('close') : undefined}
      className={partClassName('overlay', context, className)}
    />
  );
});
