import {
  useCallback,
  useLayoutEffect,
  type HTMLAttributes,
  type MouseEvent,
  type Ref,
} from 'react';
import { useFade } from '../motion/use-fade';
import { composeEventHandlers } from './compose-event-handlers';
import { composeRefs } from './compose-refs';
import type { ModalFields } from './modal-surface';
import { withRef } from './with-ref';

/** Props of {@link ModalBackdrop}. */
export interface ModalBackdropProps extends HTMLAttributes<HTMLDivElement> {
  /** The root's presence and close, read from the kind's context. */
  readonly modal: ModalFields;
  /** What a press on the backdrop does while the pop-up is open; nothing by default. */
  readonly onPress?: (() => void) | undefined;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The backdrop behind a modal pop-up, rendered only while its root is mounted: dims the page,
 * takes every press without taking focus out of the dialog, and fades in and out (not when the
 * user prefers reduced motion). Hidden from assistive technology; kept out of the inert page
 * through the root's `overlayElement`.
 *
 * @example
 * <ModalBackdrop modal={context} className={partClassName('overlay', context)} />
 */
export const ModalBackdrop = withRef(function ModalBackdrop(props: ModalBackdropProps) {
  return props.modal.mounted ? <MountedModalBackdrop {...props} /> : null;
});

const MountedModalBackdrop = withRef(function MountedModalBackdrop({
  modal,
  onPress,
  onClick,
  onMouseDown,
  ref,
  ...props
}: ModalBackdropProps) {
  const { registerExit, overlayElement, open } = modal;
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
    if (open) onPress?.();
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
      data-state={modal.dataState}
      onClick={handleClick}
      onMouseDown={handleMouseDown}
    />
  );
});
