import type { AnimationScope } from 'framer-motion';
import { useAnimate } from 'framer-motion/mini';
import { useMemo, useRef } from 'react';
import { prefersReducedMotion } from '../dom/prefers-reduced-motion';
import { ENTER, EXIT, GLIDE, type MotionPreset } from './motion-presets';
import { settleAnimation } from './settle-animation';
import { returnKeyframes } from './return-keyframes';

/** Animations of one floating surface (a step, a hint, a dialog). */
export interface SurfaceMotion<T extends Element> {
  /** Attach as the surface's `ref`. */
  readonly scope: AnimationScope<T>;
  /**
   * Plays `preset` (by default {@link ENTER}, a fade and scale in); call it from a layout
   * effect once the surface is mounted. On a surface whose exit has run, it instead stops
   * that exit and returns from wherever it stands, so a surface reopened mid-exit never stays
   * transparent.
   */
  enter(preset?: MotionPreset): Promise<void>;
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

type Keyframes = Readonly<Record<string, readonly (string | null)[]>>;

/** Puts a surface back as it was before its exit, at once. */
function restore(element: Element): void {
  for (const animation of element.getAnimations()) animation.cancel();
  const { style } = element as Element & ElementCSSInlineStyle;
  for (const property of Object.keys(EXIT.keyframes)) style.removeProperty(property);
}

/**
 * Stops the element's running animations where they stand and starts `keyframes` from there:
 * each `null` first frame becomes the value the element shows now. An exit left running would
 * otherwise end after the return and write its last frame (transparent, scaled down) over it.
 */
function takeOver(element: Element, keyframes: Keyframes): Keyframes {
  const shown = getComputedStyle(element);
  const from: Record<string, readonly (string | null)[]> = {};
  for (const [property, frames] of Object.entries(keyframes)) {
    from[property] = frames.map((frame, index) =>
      index === 0 && frame === null ? shown.getPropertyValue(property) : frame,
    );
  }
  for (const animation of element.getAnimations()) animation.cancel();
  return from;
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
  // The element whose exit ran last; an exit leaves its last frame in the element's style.
  const exited = useRef<Element | null>(null);
  const { reducedMotion } = options;
  return useMemo(() => {
    const reduced = () => reducedMotion ?? prefersReducedMotion();
    const run = (keyframes: Keyframes, timing: Omit<MotionPreset, 'keyframes'>): Promise<void> => {
      const element: T | null = scope.current;
      // A preset with nothing to animate (`APPEAR`) starts no animation at all.
      if (element === null || reduced() || Object.keys(keyframes).length === 0) {
        return Promise.resolve();
      }
      const controls = animate(element, keyframes as Record<string, string[]>, {
        duration: timing.duration,
        ease: [...timing.ease],
      });
      return settleAnimation(controls, timing.duration);
    };
    return {
      scope,
      enter: (preset = ENTER) => {
        const element = scope.current;
        const returning = element !== null && element === exited.current;
        exited.current = null;
        if (!returning) return run(preset.keyframes, preset);
        if (!reduced()) return run(takeOver(element, returnKeyframes(preset, EXIT)), preset);
        restore(element);
        return Promise.resolve();
      },
      exit: () => {
        exited.current = scope.current;
        return run(EXIT.keyframes, EXIT);
      },
      glide: ({ x, y }) =>
        x === 0 && y === 0
          ? Promise.resolve()
          : run({ translate: [`${x}px ${y}px`, '0px 0px'] }, GLIDE),
    };
  }, [scope, animate, reducedMotion]);
}
