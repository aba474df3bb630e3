import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type Ref,
} from 'react';
import { LiveRegion } from '../a11y/live-region';
import { firstTabbableOfPage } from '../dom/first-tabbable-of-page';
import { useFocusScope } from '../a11y/use-focus-scope';
import { contentToText } from '../content/content-to-text';
import { useSurfaceMotion } from '../motion/use-surface-motion';
import { canAnimate } from '../dom/can-animate';
import { useScrollLock } from '../parts/use-scroll-lock';
import { composeRefs } from '../parts/compose-refs';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { isKeyForDialog, pushDialog } from './dialog-stack';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementContent}. */
export interface AnnouncementContentProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

function joinIds(...ids: (string | undefined)[]): string | undefined {
  const unique = [...new Set(ids.flatMap((id) => id?.split(/\s+/) ?? []).filter(Boolean))];
  return unique.length === 0 ? undefined : unique.join(' ');
}

/**
 * The modal dialog: `role="dialog"` and `aria-modal="true"`, named by `AnnouncementTitle` and
 * described by `AnnouncementBody` only while one renders. Focus moves into it when it opens
 * (onto the dialog, so its name and text are read first), stays trapped inside (Tab and
 * Shift+Tab cycle), and returns to where it was when it closes. The rest of the page is inert
 * and hidden from assistive technology (live regions excepted) and stops scrolling; both are
 * restored exactly, and counted, so two modals never undo each other. Escape closes it
 * (for now) unless a control inside handled the key first. State shows as `data-state`.
 *
 * @example
 * <AnnouncementContent><AnnouncementTitle /><AnnouncementBody /><AnnouncementClose /></AnnouncementContent>
 */
export const AnnouncementContent = withRef(function AnnouncementContent(
  props: AnnouncementContentProps,
) {
  const { mounted } = useAnnouncementContext('AnnouncementContent');
  return mounted ? <DialogSurface {...props} /> : null;
});

const DialogSurface = withRef(function DialogSurface({
  className,
  ref,
  children,
  'aria-describedby': describedBy,
  ...props
}: AnnouncementContentProps) {
  const context = useAnnouncementContext('AnnouncementContent');
  const { open, registerExit, overlayElement, close, announcement, labels } = context;
  const motion = useSurfaceMotion<HTMLDivElement>();
  useLayoutEffect(
    () =>
      registerExit(() => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve())),
    [registerExit, motion],
  );
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

  useEffect(() => {
    const dialog = surface.current;
    if (!open || dialog === null) return;
    const release = pushDialog(dialog);
    // On the document, after every handler inside: a layer within the dialog (a menu) that
    // handled Escape marks it, and of two open dialogs only the top-most one closes.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (!isKeyForDialog(dialog, event.target)) return;
      event.preventDefault();
      close('escape');
    };
    const document = dialog.ownerDocument;
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('keydown', onEscape);
      release();
    };
  }, [open, close]);

  return (
    <div
      {...props}
      ref={setRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={context.hasTitle ? context.titleId : undefined}
      aria-label={
        context.hasTitle
          ? undefined
          : contentToText(announcement?.title) || labels.announcementPager
      }
      aria-describedby={joinIds(context.hasBody ? context.bodyId : undefined, describedBy)}
      tabIndex={-1}
      data-state={context.dataState}
      data-pages={context.pages.length > 1 ? context.pages.length : undefined}
      className={partClassName('content', context, className)}
    >
      {children}
      <LiveRegion announcer={context.announcer} />
    </div>
  );
});
