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
 * A surface appearing at full opacity, where it will stay, with only a slight settle in
 * scale: seen in its first frame, which a fade from transparent would delay by two or three.
 */
export const APPEAR: MotionPreset = {
  keyframes: { scale: ['0.97', '1'] },
  duration: 0.14,
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
