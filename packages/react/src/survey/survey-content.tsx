import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type Ref,
} from 'react';
import { firstTabbableOfPage } from '../dom/first-tabbable-of-page';
import { useFocusScope } from '../a11y/use-focus-scope';
import { useSurfaceMotion } from '../motion/use-surface-motion';
import { canAnimate } from '../dom/can-animate';
import { composeRefs } from '../parts/compose-refs';
import { withRef } from '../parts/with-ref';
import { useScrollLock } from '../parts/use-scroll-lock';
import { partClassName } from './survey-class-names';
import { useSurveyContext } from './survey-context';

/** Props of {@link SurveyContent}. */
export interface SurveyContentProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The modal dialog: `role="dialog"` and `aria-modal="true"`, named by `SurveyTitle` while one
 * renders, else by the question. Focus moves onto it when it opens (so its name is read first),
 * stays trapped inside, and returns to where it was when it closes. The rest of the page is
 * inert and stops scrolling, both restored exactly. Escape closes it unless a control inside
 * handled the key first. It scales in and out, not when the user prefers reduced motion. State
 * shows as `data-state` and `data-phase` (`asking`, `thanks`).
 *
 * @example
 * <SurveyContent><SurveyQuestion /><SurveyAnswer /><SurveySubmit /></SurveyContent>
 */
export const SurveyContent = withRef(function SurveyContent(props: SurveyContentProps) {
  const { mounted } = useSurveyContext('SurveyContent');
  return mounted ? <DialogSurface {...props} /> : null;
});

const DialogSurface = withRef(function DialogSurface({
  className,
  ref,
  children,
  ...props
}: SurveyContentProps) {
  const context = useSurveyContext('SurveyContent');
  const { open, registerExit, close } = context;
  const motion = useSurfaceMotion<HTMLDivElement>();
  useLayoutEffect(
    () =>
      registerExit(() => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve())),
    [registerExit, motion],
  );
  const surface = useRef<HTMLDivElement | null>(null);
  // A survey that opened on its own (focus on <body>) has no invoker to give focus back to: it
  // goes where a Tab from the top of the page would, never to <body>.
  const openedWithoutInvoker = useRef(false);
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    openedWithoutInvoker.current = active === null || active === document.body;
  }, [open]);
  const returnFallback = useCallback(
    () =>
      openedWithoutInvoker.current ? firstTabbableOfPage(document, [surface.current]) : undefined,
    [],
  );
  const scopeRef = useFocusScope<HTMLDivElement>({ open, initialFocus: 'surface', returnFallback });
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
    // After the handlers of the controls inside: one that handled Escape (an IME, a menu of
    // the app's) marks it, and the survey stays.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      close('escape');
    };
    dialog.addEventListener('keydown', onEscape);
    return () => dialog.removeEventListener('keydown', onEscape);
  }, [open, close]);

  return (
    <div
      {...props}
      ref={setRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={context.hasTitle ? context.titleId : context.questionId}
      tabIndex={-1}
      data-state={context.dataState}
      data-phase={context.phase}
      className={partClassName('content', context, className)}
    >
      {children}
    </div>
  );
});
