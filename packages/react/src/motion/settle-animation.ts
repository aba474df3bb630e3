import type { useAnimate } from 'framer-motion/mini';
import { SETTLE_GRACE_MS } from './motion-presets';

type AnimationControls = ReturnType<ReturnType<typeof useAnimate>[1]>;

/**
 * Resolves once an animation of `duration` seconds has finished, or a little after it should
 * have: a stopped or interrupted animation never settles `finished`, and nothing may wait on
 * it forever.
 *
 * @example
 * return settleAnimation(animate(element, { opacity: ['0', '1'] }, ENTER), ENTER.duration);
 */
export function settleAnimation(controls: AnimationControls, duration: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, duration * 1000 + SETTLE_GRACE_MS);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    controls.finished.then(done, done);
  });
}
