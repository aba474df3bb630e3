import type { CSSProperties, HTMLAttributes, Ref } from 'react';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { inflateRect, spotlightClipPath } from '../dom/spotlight-clip-path';
import type { SpotlightMotion } from './use-spotlight-motion';
import { useTrackedRect } from './use-tracked-rect';
import { composeRefs } from '../parts/compose-refs';
import { withRef } from '../parts/with-ref';

/** Props of {@link Spotlight}. */
export interface SpotlightProps extends HTMLAttributes<HTMLDivElement> {
  /** The element to cut out; `null` dims the whole screen. */
  readonly target: Element | null;
  /** Space around the target inside the cut-out, in px. @default 6 */
  readonly padding?: number;
  /**
   * Whether the overlay takes the pointer outside the cut-out (the cut-out itself always lets
   * it through to the target). @default true
   */
  readonly blocking?: boolean;
  /** Changes when the cut-out moves to another target on purpose; the move is then animated. */
  readonly morphKey?: string;
  /** Animations; without them the cut-out jumps. */
  readonly motion?: SpotlightMotion;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * A full-screen overlay with a cut-out around `target` that follows it on scroll, resize and
 * layout shift. The cut-out is an `evenodd` `clip-path`, so the target shows through and stays
 * clickable. The `z-index` comes from `--gp-z-index`; every style is set through React
 * (CSSOM), so it works under a strict CSP.
 *
 * @example
 * <Spotlight target={saveButton} className="gp-overlay" />
 */
export const Spotlight = withRef(function Spotlight({
  target,
  padding = 6,
  blocking = true,
  morphKey,
  motion,
  style,
  ref,
  ...props
}: SpotlightProps) {
  const element = useRef<HTMLDivElement | null>(null);
  const rect = useTrackedRect(target, element);
  const clipPath = spotlightClipPath(rect === null ? null : inflateRect(rect, padding));
  const last = useRef<{ key: string | undefined; clipPath: string } | null>(null);
  const pending = useRef<string | null>(null);
  const latest = useRef(clipPath);

  useLayoutEffect(() => {
    latest.current = clipPath;
    const previous = last.current;
    last.current = { key: morphKey, clipPath };
    if (previous === null || motion === undefined) return;
    const morph = (from: string) =>
      void motion.morph(from, clipPath).then(() => {
        // The animation leaves its last frame in the style; the target may have moved since.
        if (element.current !== null) element.current.style.clipPath = latest.current;
      });
    if (previous.key !== morphKey) {
      // The next target is often found a render later: remember where the cut-out was until then.
      if (previous.clipPath === clipPath) {
        pending.current = previous.clipPath;
        const frame = requestAnimationFrame(() => {
          pending.current = null;
        });
        return () => cancelAnimationFrame(frame);
      }
      morph(previous.clipPath);
    } else if (pending.current !== null && pending.current !== clipPath) {
      morph(pending.current);
      pending.current = null;
    }
  }, [morphKey, clipPath, motion]);

  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      if (motion !== undefined) (motion.scope as { current: HTMLDivElement | null }).current = node;
      composeRefs(ref)(node);
    },
    [motion, ref],
  );

  const overlayStyle: CSSProperties = {
    position: 'fixed',
    inset: 0,
    zIndex: 'var(--gp-z-index, 2147483000)',
    clipPath,
    pointerEvents: blocking ? 'auto' : 'none',
    ...style,
  };
  return <div aria-hidden="true" {...props} ref={setRef} style={overlayStyle} />;
});
