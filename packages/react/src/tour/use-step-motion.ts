import { useLayoutEffect, useRef, type RefObject } from 'react';
import { APPEAR } from '../motion/motion-presets';
import type { SurfaceMotion } from '../motion/use-surface-motion';
import { canAnimate } from '../dom/can-animate';
import { useTourContext } from './tour-context';

interface Point {
  readonly x: number;
  readonly y: number;
}

const samePoint = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/** Options of {@link useStepMotion}. */
export interface StepMotionOptions {
  readonly motion: SurfaceMotion<HTMLDivElement>;
  readonly surface: RefObject<HTMLDivElement | null>;
  /** The step is shown (positioned, target found). */
  readonly visible: boolean;
  readonly stepKey: string;
  readonly centered: boolean;
  /** Where floating-ui put the surface, for anchored steps. */
  readonly x: number;
  readonly y: number;
}

/**
 * Shows the step in its final place at full opacity in its first frame ({@link APPEAR}: no
 * animation) each time the tour opens, and on each move to another step glides it from
 * where the last step was to where the new one is. Repositioning within a step (scroll,
 * resize) never animates. A tour reopened while its exit plays comes back from that exit.
 * Used within `TourContent`.
 */
export function useStepMotion(options: StepMotionOptions): void {
  const { motion, surface, visible, stepKey, centered, x, y } = options;
  const { open } = useTourContext('TourContent');
  const settled = useRef<(Point & { readonly key: string }) | null>(null);
  const pending = useRef<Point | null>(null);

  useLayoutEffect(() => {
    const node = surface.current;
    if (!open) {
      settled.current = null;
      pending.current = null;
      return;
    }
    if (!visible || !canAnimate(node)) return;
    // offsetLeft/Top ignore the animations' own transforms, unlike getBoundingClientRect.
    const here: Point = centered ? { x: node.offsetLeft, y: node.offsetTop } : { x, y };
    const last = settled.current;
    settled.current = { key: stepKey, ...here };
    if (last === null) {
      void motion.enter(APPEAR);
      return;
    }
    if (last.key !== stepKey) {
      if (centered || !samePoint(last, here)) {
        void motion.glide({ x: last.x - here.x, y: last.y - here.y });
        return;
      }
      // floating-ui places the surface against the new target a render later.
      pending.current = last;
      const frame = requestAnimationFrame(() => {
        pending.current = null;
      });
      return () => cancelAnimationFrame(frame);
    }
    const from = pending.current;
    if (from !== null && !samePoint(from, here)) {
      pending.current = null;
      void motion.glide({ x: from.x - here.x, y: from.y - here.y });
    }
  }, [motion, surface, open, visible, stepKey, centered, x, y]);
}
