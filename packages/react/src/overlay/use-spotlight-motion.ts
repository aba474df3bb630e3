import type { AnimationScope } from 'framer-motion';
import { useAnimate } from 'framer-motion/mini';
import { useMemo } from 'react';
import { prefersReducedMotion } from '../a11y/prefers-reduced-motion';
import { ENTER, EXIT, GLIDE, SETTLE_GRACE_MS } from '../motion/motion-presets';
import { canAnimate } from './can-animate';

/** Animations of a spotlight overlay. */
export interface SpotlightMotion {
  /** Attach as the overlay's `ref`. */
  readonly scope: AnimationScope<HTMLDivElement>;
  /** Fades the overlay in. */
  enter(): Promise<void>;
  /** Fades the overlay out; unmount it only when this resolves. */
  exit(): Promise<void>;
  /** Moves the cut-out from one `clip-path` to another. */
  morph(from: string, to: string): Promise<void>;
}

/**
 * Fade and morph animations for the spotlight, over `useAnimate` from `framer-motion/mini`
 * (Web Animations: no `<style>` injected). Nothing animates, and every call resolves at once,
 * when the user prefers reduced motion. The returned functions are stable.
 *
 * @example
 * const motion = useSpotlightMotion();
 * useLayoutEffect(() => void motion.enter(), [motion]);
 */
export function useSpotlightMotion(): SpotlightMotion {
  const [scope, animate] = useAnimate<HTMLDivElement>();
  return useMemo(() => {
    const run = (
      keyframes: Record<string, string[]>,
      timing: { readonly duration: number; readonly ease: readonly number[] },
    ): Promise<void> => {
      const element = scope.current;
      if (!canAnimate(element) || prefersReducedMotion()) return Promise.resolve();
      const controls = animate(element, keyframes, {
        duration: timing.duration,
        ease: timing.ease as [number, number, number, number],
      });
      return new Promise((resolve) => {
        // A stopped animation never settles `finished`: never wait on it forever.
        const timer = setTimeout(resolve, timing.duration * 1000 + SETTLE_GRACE_MS);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        controls.finished.then(done, done);
      });
    };
    return {
      scope,
      enter: () => run({ opacity: ['0', '1'] }, ENTER),
      exit: () => run({ opacity: ['1', '0'] }, EXIT),
      morph: (from, to) => (from === to ? Promise.resolve() : run({ clipPath: [from, to] }, GLIDE)),
    };
  }, [scope, animate]);
}
