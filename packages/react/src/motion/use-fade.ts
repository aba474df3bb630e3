import { useAnimate } from 'framer-motion/mini';
import { useMemo } from 'react';
import { prefersReducedMotion } from '../dom/prefers-reduced-motion';
import { canAnimate } from '../dom/can-animate';
import { ENTER, EXIT } from './motion-presets';
import { settleAnimation } from './settle-animation';

/** Fade-in and fade-out of a backdrop. */
export interface Fade<T extends Element> {
  /** Attach as the element's `ref`. */
  readonly scope: ReturnType<typeof useAnimate<T>>[0];
  readonly enter: () => Promise<void>;
  readonly exit: () => Promise<void>;
}

/**
 * Fades an element in and out with Web Animations (the surfaces' own durations and easings),
 * and does nothing when the user prefers reduced motion or the engine has no Web Animations.
 * The returned functions are stable.
 */
export function useFade<T extends Element = HTMLElement>(): Fade<T> {
  const [scope, animate] = useAnimate<T>();
  return useMemo(() => {
    const run = (from: string, to: string, timing: typeof ENTER): Promise<void> => {
      const element: T | null = scope.current;
      if (!canAnimate(element) || prefersReducedMotion()) return Promise.resolve();
      const controls = animate(
        element,
        { opacity: [from, to] },
        {
          duration: timing.duration,
          ease: [...timing.ease],
        },
      );
      return settleAnimation(controls, timing.duration);
    };
    return { scope, enter: () => run('0', '1', ENTER), exit: () => run('1', '0', EXIT) };
  }, [scope, animate]);
}
