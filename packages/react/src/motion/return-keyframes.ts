import type { MotionPreset } from './motion-presets';

/**
 * Keyframes that bring a surface back from an interrupted (or finished) `exit` to where
 * `enter` leaves it. Each property that either one animates starts from its current value
 * (`null`, which `useAnimate` reads from the element) and ends where `enter` ends it or, when
 * only the exit animates it, where the exit started.
 *
 * @example
 * returnKeyframes(ENTER, EXIT); // { opacity: [null, '1'], scale: [null, '1'] }
 */
export function returnKeyframes(
  enter: MotionPreset,
  exit: MotionPreset,
): Record<string, readonly (string | null)[]> {
  const keyframes: Record<string, readonly (string | null)[]> = {};
  for (const [property, frames] of Object.entries(exit.keyframes)) {
    const resting = frames[0];
    if (resting !== undefined) keyframes[property] = [null, resting];
  }
  for (const [property, frames] of Object.entries(enter.keyframes)) {
    const final = frames.at(-1);
    if (final !== undefined) keyframes[property] = [null, final];
  }
  return keyframes;
}
