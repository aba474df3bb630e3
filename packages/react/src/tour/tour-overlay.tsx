import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type MouseEvent,
  type Ref,
} from 'react';
import { Spotlight } from '../overlay/spotlight';
import { useSpotlightMotion } from '../overlay/use-spotlight-motion';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourOverlay}. */
export interface TourOverlayProps extends HTMLAttributes<HTMLDivElement> {
  /** Space around the target inside the cut-out, in px. @default 6 */
  readonly padding?: number;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The spotlight: dims the page around a cut-out over the step's target and follows it on
 * scroll, resize and layout shift, morphing from one target to the next. For `overlay:
 * 'block'` it takes every click (the step is modal, the page inert); for `'target'` the
 * cut-out lets clicks through to the target (the rest of the page is inert to the keyboard as
 * well); for `'none'` nothing is rendered. A centred step dims the whole page.
 *
 * @example
 * <TourOverlay padding={8} />
 */
export const TourOverlay = withRef(function TourOverlay(props: TourOverlayProps) {
  const context = useTourContext('TourOverlay');
  if (!context.mounted || context.overlay === 'none') return null;
  return <TourSpotlight {...props} />;
});

const TourSpotlight = withRef(function TourSpotlight({
  className,
  style,
  ref,
  onMouseDown,
  ...props
}: TourOverlayProps) {
  const context = useTourContext('TourOverlay');
  const { registerExit, overlayElement, ready, target, centered, stepKey, dataState, open } =
    context;
  const motion = useSpotlightMotion();
  // The last target is kept while the next one is looked up, so the cut-out morphs from it.
  const [spotlit, setSpotlit] = useState<Element | null>(null);
  const wanted = centered ? null : (target ?? spotlit);
  if (wanted !== spotlit) setSpotlit(wanted);
  useLayoutEffect(() => registerExit(motion.exit), [registerExit, motion]);
  const entered = useRef(false);
  useLayoutEffect(() => {
    // Fades in once per opening; later steps morph the cut-out instead. A tour restarted
    // while its exit plays keeps this overlay, which must come back from that exit.
    if (!open) {
      entered.current = false;
      return;
    }
    if (!ready || entered.current) return;
    entered.current = true;
    void motion.enter();
  }, [motion, ready, open]);
  const setRef = useCallback(
    (element: HTMLDivElement | null) =>
      composeRefs<HTMLElement>(ref as Ref<HTMLElement>, overlayElement)(element),
    [ref, overlayElement],
  );
  return (
    <Spotlight
      {...props}
      ref={setRef}
      target={wanted}
      morphKey={stepKey}
      motion={motion}
      data-state={dataState}
      className={partClassName('overlay', context, className)}
      // A press on the overlay must not move focus out of the step to the page's body.
      onMouseDown={composeEventHandlers<MouseEvent<HTMLDivElement>>(onMouseDown, (event) =>
        event.preventDefault(),
      )}
      style={ready ? style : { ...style, visibility: 'hidden' }}
    />
  );
});
