import {
  useCallback,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useFocusReturn } from '../a11y/use-focus-return';
import { contentToText } from '../content/content-to-text';
import { usePresence } from '../motion/use-presence';
import { canAnimate } from '../dom/can-animate';
import { useSurfaceMotion, type SurfaceMotion } from '../motion/use-surface-motion';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistPanel}. */
export interface ChecklistPanelProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * The checklist itself. Floating (the default), it is a non-modal dialog over the page's
 * corner, named by `ChecklistTitle`: it takes focus when the launcher opens it, never traps
 * it, and Escape collapses it and returns focus to the launcher. With `inline` on the root it
 * is a labelled region in place, always expanded. It plays its enter and exit animations
 * (none when the user prefers reduced motion). State shows as `data-state` and `data-mode`.
 *
 * @example
 * <ChecklistPanel><ChecklistTitle /><ChecklistProgress /><ChecklistItems /></ChecklistPanel>
 */
export const ChecklistPanel = withRef(function ChecklistPanel(props: ChecklistPanelProps) {
  const context = useChecklistContext('ChecklistPanel');
  const shown = context.visible && context.open;
  const motion = useSurfaceMotion<HTMLElement>();
  const exit = useCallback(
    () => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve()),
    [motion],
  );
  const { mounted, status } = usePresence(shown, exit);
  if (!mounted) return null;
  return <PanelSurface {...props} shown={shown} status={status} motion={motion} />;
});

interface PanelSurfaceProps extends ChecklistPanelProps {
  readonly shown: boolean;
  readonly status: string;
  readonly motion: SurfaceMotion<HTMLElement>;
}

const PanelSurface = withRef(function PanelSurface({
  shown,
  status,
  motion,
  className,
  onKeyDown,
  ref,
  children,
  'aria-describedby': describedBy,
  ...props
}: PanelSurfaceProps) {
  const context = useChecklistContext('ChecklistPanel');
  const { inline, setOpen, triggerRef, setHasPanel, checklist, labels } = context;
  const floating = !inline;
  const focusReturnRef = useFocusReturn<HTMLElement>(shown && floating);
  const surface = useRef<HTMLElement | null>(null);
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      surface.current = node;
      (motion.scope as { current: HTMLElement | null }).current = node;
      focusReturnRef(node);
      composeRefs(ref)(node);
    },
    [motion, focusReturnRef, ref],
  );

  useLayoutEffect(() => {
    setHasPanel(true);
    return () => setHasPanel(false);
  }, [setHasPanel]);

  useLayoutEffect(() => {
    const node = surface.current;
    if (!shown || node === null) return;
    if (canAnimate(node)) void motion.enter();
    if (!floating) return;
    // Opened from the launcher (or with focus nowhere): focus moves in. Opened by the app
    // while the user works elsewhere (the celebration): focus stays where it is.
    const active = node.ownerDocument.activeElement;
    if (active === triggerRef.current || active === node.ownerDocument.body) {
      node.focus({ preventScroll: true });
    }
  }, [shown, floating, motion, triggerRef]);

  const handleKeyDown = composeEventHandlers<KeyboardEvent<HTMLElement>>(onKeyDown, (event) => {
    if (!floating || event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    setOpen(false);
  });

  const describedByIds = [context.hasDescription ? context.descriptionId : undefined, describedBy]
    .filter(Boolean)
    .join(' ');
  const named = context.hasTitle
    ? { 'aria-labelledby': context.titleId }
    : { 'aria-label': contentToText(checklist.checklist?.title) || labels.checklist };
  const shared = {
    ...props,
    ...named,
    id: context.panelId,
    'aria-describedby': describedByIds === '' ? undefined : describedByIds,
    'data-state': status === 'open' ? 'open' : 'closed',
    'data-mode': inline ? 'inline' : 'floating',
    'data-complete': checklist.allDone ? '' : undefined,
    className: partClassName('panel', context, className),
    onKeyDown: handleKeyDown,
  };
  if (inline) {
    return (
      <section {...shared} ref={setRef}>
        {children}
      </section>
    );
  }
  return (
    <div {...shared} ref={setRef} role="dialog" tabIndex={-1}>
      {children}
    </div>
  );
});
