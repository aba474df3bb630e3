/** A keyframe set and its timing, as `useAnimate` takes them. */
export interface MotionPreset {
  readonly keyframes: Readonly<Record<string, readonly string[]>>;
  /** In seconds, as framer-motion counts. */
  readonly duration: number;
  readonly ease: readonly [number, number, number, number];
}

// The individual `translate` and `scale` properties compose with the `transform` that
// floating-ui writes for positioning, so the positioned element itself can be animated.
/** A surface appearing. */
export const ENTER: MotionPreset = {
  keyframes: { opacity: ['0', '1'], scale: ['0.96', '1'] },
  duration: 0.16,
  ease: [0.16, 1, 0.3, 1],
};

/**
 * A surface appearing where it will stay, at full opacity and full size, with no animation:
 * its first frame is its final one. A fade would keep it transparent, and a settle in scale
 * off its place by a few px, for the frames the browser takes to start an animation on a busy
 * page. Reopened during its exit, it still comes back from where the exit stands.
 */
export const APPEAR: MotionPreset = {
  keyframes: {},
  duration: 0,
  ease: [0.16, 1, 0.3, 1],
};

/** A surface leaving. */
export const EXIT: MotionPreset = {
  keyframes: { opacity: ['1', '0'], scale: ['1', '0.96'] },
  duration: 0.12,
  ease: [0.7, 0, 0.84, 0],
};

/** Duration and easing of a surface moving from one target to the next. */
export const GLIDE: Omit<MotionPreset, 'keyframes'> = {
  duration: 0.22,
  ease: [0.65, 0, 0.35, 1],
};

/** Extra wait before giving up on an animation that was stopped and will never finish. */
export const SETTLE_GRACE_MS = 100;
