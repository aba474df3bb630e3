import type { GuideCloseReason } from '@guidepost/core';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type Ref,
  type RefObject,
} from 'react';
import { useFocusScope } from '../a11y/use-focus-scope';
import { canAnimate } from '../dom/can-animate';
import { firstTabbableOfPage } from '../dom/first-tabbable-of-page';
import { composeRefs } from './compose-refs';
import { isKeyForDialog, pushDialog } from './dialog-stack';
import type { PresenceFields } from './root-context-fields';
import { useDismissOnEscape } from './use-dismissable-layer';
import { usePresenceMotion } from './use-presence-motion';
import { useScrollLock } from './use-scroll-lock';
import { withRef } from './with-ref';

/** What a modal pop-up's root (an announcement, a survey) gives its dialog and backdrop. */
export interface ModalFields extends PresenceFields {
  /** Closes the pop-up for now (its ×, Escape, a press on the backdrop where allowed). */
  readonly close: (reason: GuideCloseReason) => void;
  /** The backdrop, kept out of the inert page. */
  readonly overlayElement: RefObject<HTMLElement | null>;
}

/** Props of {@link ModalSurface}. */
export interface ModalSurfaceProps extends HTMLAttributes<HTMLDivElement> {
  /** The root's presence and close, read from the kind's context. */
  readonly modal: ModalFields;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The modal dialog every pop-up kind composes: `role="dialog"` and `aria-modal="true"`,
 * rendered only while its root is mounted. Focus moves onto it when it opens (so its name and
 * text are read first), stays trapped inside, and returns to where it was when it closes. The
 * rest of the page, backdrop and live regions excepted, is inert and stops scrolling; both are
 * restored exactly, and counted, so two modals never undo each other. Escape closes it (see
 * `useDismissableLayer`). It scales in and out, not when the user prefers reduced motion. The
 * kind names it (`aria-labelledby`…) and gives its class.
 *
 * @example
 * <ModalSurface modal={context} aria-labelledby={context.titleId}>…</ModalSurface>
 */
export const ModalSurface = withRef(function ModalSurface(props: ModalSurfaceProps) {
  return props.modal.mounted ? <MountedModalSurface {...props} /> : null;
});

const MountedModalSurface = withRef(function MountedModalSurface({
  modal,
  ref,
  children,
  ...props
}: ModalSurfaceProps) {
  const { open, registerExit, overlayElement, close } = modal;
  const motion = usePresenceMotion<HTMLDivElement>(registerExit);
  const getInsideElements = useCallback(
    () => (overlayElement.current === null ? [] : [overlayElement.current]),
    [overlayElement],
  );
  const surface = useRef<HTMLDivElement | null>(null);
  // A modal that opened on its own (on load, focus on <body>) has no invoker to give focus
  // back to: it goes where a Tab from the top of the page would, never to <body>.
  const openedWithoutInvoker = useRef(false);
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    openedWithoutInvoker.current = active === null || active === document.body;
  }, [open]);
  const returnFallback = useCallback(
    () =>
      openedWithoutInvoker.current
        ? firstTabbableOfPage(document, [surface.current, ...getInsideElements()])
        : undefined,
    [getInsideElements],
  );
  const scopeRef = useFocusScope<HTMLDivElement>({
    open,
    initialFocus: 'surface',
    insideElements: getInsideElements,
    returnFallback,
  });
  useScrollLock(open);

  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      surface.current = node;
      (motion.scope as { current: HTMLDivElement | null }).current = node;
      scopeRef(node);
      composeRefs(ref)(node);
    },
    [motion, scopeRef, ref],
  );

  useLayoutEffect(() => {
    if (open && canAnimate(motion.scope.current)) void motion.enter();
  }, [open, motion]);

  // Counted among the open dialogs, so that of two only the top-most one takes an Escape
  // pressed outside both (focus lost to the page).
  useEffect(() => {
    const dialog = surface.current;
    return open && dialog !== null ? pushDialog(dialog) : undefined;
  }, [open]);
  const layerElements = useCallback(() => [surface.current], []);
  const isEscapeForDialog = useCallback(
    (target: EventTarget | null) =>
      surface.current !== null && isKeyForDialog(surface.current, target),
    [],
  );
  const closeOnEscape = useCallback(() => close('escape'), [close]);
  // No press outside: the backdrop takes every press.
  useDismissOnEscape({
    enabled: open,
    elements: layerElements,
    escape: isEscapeForDialog,
    onEscape: closeOnEscape,
  });

  return (
    <div
      {...props}
      ref={setRef}
      role="dialog"
      aria-modal="true"
      tabIndex={-1}
      data-state={modal.dataState}
    >
      {children}
    </div>
  );
});
