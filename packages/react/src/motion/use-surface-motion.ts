import type { AnimationScope } from 'framer-motion';
import { useAnimate } from 'framer-motion/mini';
import { useMemo } from 'react';
import { prefersReducedMotion } from '../a11y/prefers-reduced-motion';
import { ENTER, EXIT, GLIDE, SETTLE_GRACE_MS, type MotionPreset } from './motion-presets';

/** Animations of one floating surface (a step, a hint, a dialog). */
export interface SurfaceMotion<T extends Element> {
  /** Attach as the surface's `ref`. */
  readonly scope: AnimationScope<T>;
  /** Fades and scales the surface in; call it from a layout effect once it is mounted. */
  enter(): Promise<void>;
  /** Fades and scales the surface out; unmount it only when this resolves. */
  exit(): Promise<void>;
  /**
   * Slides the surface from where it was to where it is now: pass its old position minus its
   * new one, in px.
   */
  glide(offset: { readonly x: number; readonly y: number }): Promise<void>;
}

/** Options of {@link useSurfaceMotion}. */
export interface SurfaceMotionOptions {
  /** Force reduced motion on or off; by default the user's `prefers-reduced-motion` decides. */
  readonly reducedMotion?: boolean;
}

type Animate = ReturnType<typeof useAnimate>[1];

function settle(controls: ReturnType<Animate>, duration: number): Promise<void> {
  return new Promise((resolve) => {
    // A stopped or interrupted animation never resolves `finished`: do not wait forever.
    const timer = setTimeout(done, duration * 1000 + SETTLE_GRACE_MS);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    controls.finished.then(done, done);
  });
}

/**
 * Enter, exit and glide animations for a surface, over `useAnimate` from
 * `framer-motion/mini` (Web Animations, about 3 kB gzip, no `<style>` injected, so it runs
 * under a strict CSP). When the user prefers reduced motion nothing is animated and every
 * call resolves at once. The returned functions are stable.
 *
 * @example
 * const motion = useSurfaceMotion<HTMLDivElement>();
 * const { mounted } = usePresence(open, motion.exit);
 * useLayoutEffect(() => {
 *   if (open) void motion.enter();
 * }, [open, motion]);
 * return mounted ? <div ref={motion.scope}>…</div> : null;
 */
export function useSurfaceMotion<T extends Element = HTMLElement>(
  options: SurfaceMotionOptions = {},
): SurfaceMotion<T> {
  const [scope, animate] = useAnimate<T>();
  const { reducedMotion } = options;
  return useMemo(() => {
    const run = (
      keyframes: MotionPreset['keyframes'],
      timing: Omit<MotionPreset, 'keyframes'>,
    ): Promise<void> => {
      const element: T | null = scope.current;
      if (element === null || (reducedMotion ?? prefersReducedMotion())) {
        return Promise.resolve();
      }
      const controls = animate(element, keyframes as Record<string, string[]>, {
        duration: timing.duration,
        ease: [...timing.ease],
      });
      return settle(controls, timing.duration);
    };
    return {
      scope,
      enter: () => run(ENTER.keyframes, ENTER),
      exit: () => run(EXIT.keyframes, EXIT),
      glide: ({ x, y }) =>
        x === 0 && y === 0
          ? Promise.resolve()
          : run({ translate: [`${x}px ${y}px`, '0px 0px'] }, GLIDE),
    };
  }, [scope, animate, reducedMotion]);
}
