import { useCallback, useLayoutEffect, type HTMLAttributes, type Ref, type RefObject } from 'react';
import { useFocusReturn } from '../a11y/use-focus-return';
import { canAnimate } from '../dom/can-animate';
import { usePresence, type PresenceStatus } from '../motion/use-presence';
import { useSurfaceMotion, type SurfaceMotion } from '../motion/use-surface-motion';
import { useDismissOnEscape } from './use-dismissable-layer';
import { useSurfaceRef } from './use-surface-ref';
import type { PanelFields } from './root-context-fields';
import { withRef } from './with-ref';

/** Props of a kind's `Panel` part (`Checklist.Panel`, `GuideCenter.Panel`). */
export interface PanelProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/** Props of {@link Panel}: a kind's panel props, and what the kind tells it. */
export interface PanelSurfaceProps extends PanelProps {
  readonly panel: PanelFields;
  /** The panel shows; when this turns false it plays its exit, then unmounts. */
  readonly shown: boolean;
  /** The launcher: opened from it, the panel takes focus; closed, focus goes back to it. */
  readonly launcherRef: RefObject<HTMLElement | null>;
  /**
   * A non-modal dialog over the page that Escape collapses (the default), or, with `false`, a
   * labelled region in place. @default true
   */
  readonly floating?: boolean;
  /** What takes focus when the launcher opens the panel, while it renders; else the panel. */
  readonly initialFocusRef?: RefObject<HTMLElement | null>;
  /** The id of the title that names the panel, while one renders; else `label` names it. */
  readonly titleId: string | undefined;
  readonly label: string;
}

/**
 * The panel a launcher opens. Floating, it is a non-modal dialog: it takes focus when the
 * launcher opens it (or focus is nowhere), never traps it, and Escape collapses it and returns
 * focus to the launcher. Opened by the app while the user works elsewhere, focus stays where it
 * is. It plays its enter and exit animations (none under reduced motion); `data-state` shows
 * `open`, or `closed` while the exit plays, and `data-mode` `floating` or `inline`.
 *
 * @example
 * <Panel panel={context} shown={context.open} launcherRef={context.launcherRef}
 *   titleId={context.hasTitle ? context.titleId : undefined} label={labels.guideCenter} />
 */
export const Panel = withRef(function Panel(props: PanelSurfaceProps) {
  const motion = useSurfaceMotion<HTMLElement>();
  const exit = useCallback(
    () => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve()),
    [motion],
  );
  const { mounted, status } = usePresence(props.shown, exit);
  if (!mounted) return null;
  return <MountedPanel {...props} status={status} motion={motion} />;
});

interface MountedPanelProps extends PanelSurfaceProps {
  readonly status: PresenceStatus;
  readonly motion: SurfaceMotion<HTMLElement>;
}

const MountedPanel = withRef(function MountedPanel({
  panel,
  shown,
  launcherRef,
  floating = true,
  initialFocusRef,
  titleId,
  label,
  status,
  motion,
  ref,
  children,
  ...props
}: MountedPanelProps) {
  const { setOpen, setHasPanel, panelId } = panel;
  const focusReturnRef = useFocusReturn<HTMLElement>(shown && floating);
  const { surface, setRef } = useSurfaceRef<HTMLElement>(
    motion.scope,
    undefined,
    focusReturnRef,
    ref,
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
    // while the user works elsewhere (a celebration): focus stays where it is.
    const active = node.ownerDocument.activeElement;
    if (active === launcherRef.current || active === node.ownerDocument.body) {
      (initialFocusRef?.current ?? node).focus({ preventScroll: true });
    }
  }, [shown, floating, motion, surface, launcherRef, initialFocusRef]);

  // Escape pressed in a floating panel collapses it back to its launcher, after every handler
  // inside: a control of the app's that handles Escape itself keeps it.
  const panelElements = useCallback(() => [surface.current], [surface]);
  const collapse = useCallback(() => setOpen(false), [setOpen]);
  useDismissOnEscape({
    enabled: shown && floating,
    elements: panelElements,
    escape: 'inside',
    onEscape: collapse,
  });

  const surfaceProps = {
    ...props,
    ...(titleId === undefined ? { 'aria-label': label } : { 'aria-labelledby': titleId }),
    id: panelId,
    'data-state': status === 'open' ? 'open' : 'closed',
    'data-mode': floating ? 'floating' : 'inline',
  };
  if (!floating) {
    return (
      <section {...surfaceProps} ref={setRef}>
        {children}
      </section>
    );
  }
  return (
    <div {...surfaceProps} ref={setRef} role="dialog" tabIndex={-1}>
      {children}
    </div>
  );
});
