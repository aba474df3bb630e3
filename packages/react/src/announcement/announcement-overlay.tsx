import {
  useCallback,
  useLayoutEffect,
  type HTMLAttributes,
  type MouseEvent,
  type Ref,
} from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { useFade } from './use-fade';
import { withRef } from '../parts/with-ref';

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
export const AnnouncementOverlay = withRef(function AnnouncementOverlay(
  props: AnnouncementOverlayProps,
) {
  const { mounted } = useAnnouncementContext('AnnouncementOverlay');
  return mounted ? <Backdrop {...props} /> : null;
});

const Backdrop = withRef(function Backdrop({
  closeOnPress = false,
  className,
  onClick,
  onMouseDown,
  ref,
  ...props
}: AnnouncementOverlayProps) {
  const context = useAnnouncementContext('AnnouncementOverlay');
  const { registerExit, overlayElement, close, open } = context;
  const fade = useFade<HTMLDivElement>();
  useLayoutEffect(() => registerExit(fade.exit), [registerExit, fade]);
  useLayoutEffect(() => {
    if (open) void fade.enter();
  }, [open, fade]);
  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      (fade.scope as { current: HTMLDivElement | null }).current = node;
      composeRefs<HTMLElement>(ref as Ref<HTMLElement>, overlayElement)(node);
    },
    [fade, ref, overlayElement],
  );
  const handleClick = composeEventHandlers<MouseEvent<HTMLDivElement>>(onClick, () => {
    if (closeOnPress && open) close('close');
  });
  // A press on the backdrop must not take focus out of the dialog to the page's body.
  const handleMouseDown = composeEventHandlers<MouseEvent<HTMLDivElement>>(onMouseDown, (event) =>
    event.preventDefault(),
  );
  return (
    <div
      role="presentation"
      aria-hidden="true"
      {...props}
      ref={setRef}
      data-state={context.dataState}
      className={partClassName('overlay', context, className)}
      onClick={handleClick}
      onMouseDown={handleMouseDown}
    />
  );
});
