/** A box in viewport px, as `getBoundingClientRect` gives it. */
export interface SpotlightRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function px(value: number): string {
  // Rounded to a hundredth: enough for sub-pixel layouts, and stable strings for comparison.
  return `${Math.round(value * 100) / 100}px`;
}

/**
 * Grows a rect by `padding` px on every side.
 *
 * @example
 * inflateRect({ x: 10, y: 10, width: 20, height: 20 }, 4); // { x: 6, y: 6, width: 28, height: 28 }
 */
export function inflateRect(rect: SpotlightRect, padding: number): SpotlightRect {
  return {
    x: rect.x - padding,
    y: rect.y - padding,
    width: rect.width + 2 * padding,
    height: rect.height + 2 * padding,
  };
}

/**
 * The `clip-path` of a full-screen overlay with a rectangular hole over `rect`: an `evenodd`
 * polygon, so the hole is neither painted nor hit by the pointer (the target under it stays
 * clickable). Without a rect the hole collapses to a point at the centre, keeping the same
 * vertex count so the browser can morph one shape into the other.
 *
 * @example
 * spotlightClipPath({ x: 10, y: 20, width: 100, height: 40 });
 * // 'polygon(evenodd, 0px 0px, 100% 0px, 100% 100%, 0px 100%, 0px 0px, 10px 20px, …)'
 */
export function spotlightClipPath(rect: SpotlightRect | null): string {
  const hole = rect ?? { x: 0, y: 0, width: 0, height: 0 };
  const left = rect === null ? '50%' : px(hole.x);
  const top = rect === null ? '50%' : px(hole.y);
  const right = rect === null ? '50%' : px(hole.x + hole.width);
  const bottom = rect === null ? '50%' : px(hole.y + hole.height);
  return (
    'polygon(evenodd, 0px 0px, 100% 0px, 100% 100%, 0px 100%, 0px 0px, ' +
    `${left} ${top}, ${right} ${top}, ${right} ${bottom}, ${left} ${bottom}, ${left} ${top})`
  );
}
