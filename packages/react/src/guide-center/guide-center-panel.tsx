import {
  useCallback,
  useLayoutEffect,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useFocusReturn } from '../a11y/use-focus-return';
import { usePresence } from '../motion/use-presence';
import { useSurfaceMotion, type SurfaceMotion } from '../motion/use-surface-motion';
import { canAnimate } from '../dom/can-animate';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of {@link GuideCenterPanel}. */
export interface GuideCenterPanelProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * The guide center itself: a non-modal dialog over the page's inline-start bottom corner, named
 * by `GuideCenter.Title` (else by the "Help" label). Opened from the launcher it moves focus to
 * the search field (else to itself) and never traps it; Escape collapses it and focus returns
 * to the launcher. It plays its enter and exit animations (none when the user prefers reduced
 * motion). State shows as `data-state`.
 *
 * @example
 * <GuideCenter.Panel><GuideCenter.Title /><GuideCenter.Search /><GuideCenter.Articles /></GuideCenter.Panel>
 */
export const GuideCenterPanel = withRef(function GuideCenterPanel(props: GuideCenterPanelProps) {
  const context = useGuideCenterContext('GuideCenterPanel');
  const motion = useSurfaceMotion<HTMLElement>();
  const exit = useCallback(
    () => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve()),
    [motion],
  );
  const { mounted, status } = usePresence(context.open, exit);
  if (!mounted) return null;
  return <PanelSurface {...props} shown={context.open} status={status} motion={motion} />;
});

interface PanelSurfaceProps extends GuideCenterPanelProps {
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
  ...props
}: PanelSurfaceProps) {
  const context = useGuideCenterContext('GuideCenterPanel');
  const { setOpen, launcherRef, searchRef, setHasPanel, labels } = context;
  const focusReturnRef = useFocusReturn<HTMLElement>(shown);
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
    // Opened from the launcher (or with focus nowhere): focus moves in, to the search field
    // when there is one. Opened by the app while the user works elsewhere: focus stays.
    const active = node.ownerDocument.activeElement;
    if (active === launcherRef.current || active === node.ownerDocument.body) {
      (searchRef.current ?? node).focus({ preventScroll: true });
    }
  }, [shown, motion, launcherRef, searchRef]);

  const handleKeyDown = composeEventHandlers<KeyboardEvent<HTMLElement>>(onKeyDown, (event) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    setOpen(false);
  });

  const named = context.hasTitle
    ? { 'aria-labelledby': context.titleId }
    : { 'aria-label': labels.guideCenter };
  // A dialog's own keys: Escape closes it, wherever focus is inside.
  const surfaceProps = {
    ...props,
    ...named,
    id: context.panelId,
    'data-state': status === 'open' ? 'open' : 'closed',
    className: partClassName('panel', context, className),
    onKeyDown: handleKeyDown,
  };
  return (
    <div {...surfaceProps} ref={setRef} role="dialog" tabIndex={-1}>
      {children}
    </div>
  );
});
