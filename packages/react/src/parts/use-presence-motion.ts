import { useLayoutEffect } from 'react';
import { canAnimate } from '../dom/can-animate';
import { useSurfaceMotion, type SurfaceMotion } from '../motion/use-surface-motion';
import type { PresenceFields } from './root-context-fields';

/**
 * A surface's enter and exit animations (see `useSurfaceMotion`), with its exit registered with
 * the root's presence: the root keeps the parts mounted until the exit has played. Nothing
 * moves when the user prefers reduced motion or the browser has no Web Animations, and the
 * surface then unmounts at once.
 *
 * @example
 * const motion = usePresenceMotion<HTMLDivElement>(context.registerExit);
 * useLayoutEffect(() => {
 *   if (open) void motion.enter();
 * }, [open, motion]);
 */
export function usePresenceMotion<T extends Element = HTMLElement>(
  registerExit: PresenceFields['registerExit'],
): SurfaceMotion<T> {
  const motion = useSurfaceMotion<T>();
  useLayoutEffect(
    () =>
      registerExit(() => (canAnimate(motion.scope.current) ? motion.exit() : Promise.resolve())),
    [registerExit, motion],
  );
  return motion;
}
