import type { AnimationScope } from 'framer-motion';
import { useAnimate } from 'framer-motion/mini';
import { useMemo, useRef } from 'react';
import { prefersReducedMotion } from '../dom/prefers-reduced-motion';
import { ENTER, EXIT, GLIDE } from '../motion/motion-presets';
import { settleAnimation } from '../motion/settle-animation';
import { canAnimate } from '../dom/can-animate';

/** Animations of a spotlight overlay. */
export interface SpotlightMotion {
  /** Attach as the overlay's `ref`. */
  readonly scope: AnimationScope<HTMLDivElement>;
  /** Fades the overlay in; after an exit, from wherever that exit left it. */
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
  // The element whose exit ran last; an exit leaves its last frame in the element's style.
  const exited = useRef<HTMLDivElement | null>(null);
  return useMemo(() => {
    const run = (
      keyframes: Record<string, (string | null)[]>,
      timing: { readonly duration: number; readonly ease: readonly number[] },
    ): Promise<void> => {
      const element = scope.current;
      if (!canAnimate(element) || prefersReducedMotion()) return Promise.resolve();
      const controls = animate(element, keyframes as Record<string, string[]>, {
        duration: timing.duration,
        ease: timing.ease as [number, number, number, number],
      });
      return settleAnimation(controls, timing.duration);
    };
    return {
      scope,
      enter: () => {
        const element = scope.current;
        const returning = element !== null && element === exited.current;
        exited.current = null;
        if (!returning) return run({ opacity: ['0', '1'] }, ENTER);
        // `null` starts from the opacity the exit reached, read from the element.
        if (canAnimate(element) && !prefersReducedMotion()) {
          return run({ opacity: [null, '1'] }, ENTER);
        }
        for (const animation of element.getAnimations?.() ?? []) animation.cancel();
        element.style.removeProperty('opacity');
        return Promise.resolve();
      },
      exit: () => {
        exited.current = scope.current;
        return run({ opacity: ['1', '0'] }, EXIT);
      },
      morph: (from, to) => (from === to ? Promise.resolve() : run({ clipPath: [from, to] }, GLIDE)),
    };
  }, [scope, animate]);
}
