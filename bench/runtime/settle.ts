/**
 * Where a popover comes to rest, found from what the page saw after a click: pure functions
 * over a series of samples, so that the rules can be tested without a browser.
 */

/** How far (px) a popover may sit from where it comes to rest and count as placed. */
export const PLACED_PX = 4;

/** How far (px) an edge may move between samples and still count as not moving. */
export const STILL_PX = 0.5;

/** Frames the popover must hold still and fully opaque before its rect is taken as its rest. */
export const REST_FRAMES = 10;

/** Opacity this close to 1 counts as fully opaque (animations end on 1, but in floats). */
const OPAQUE_EPSILON = 0.001;

/** A popover's box in viewport px, as `getBoundingClientRect` gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** What the page saw at one moment after the click. */
export interface Sample {
  /** ms since just before the click, on the page's own clock (`performance.now()`). */
  readonly ms: number;
  /** Taken in an animation frame (`true`), or after a DOM mutation between frames. */
  readonly frame: boolean;
  /** The popover's box, or `null` while none is rendered with a non-zero size. */
  readonly box: Box | null;
  /** The popover's effective opacity: its own times its ancestors'; 0 while there is none. */
  readonly opacity: number;
}

/** When a step reached its resting place, in ms from the click. */
export interface Settled {
  /** Above opacity 0 and within {@link PLACED_PX} of the rest, and so from then on. */
  readonly placedMs: number;
  /** Fully opaque and not moving (within {@link STILL_PX} of the rest), and so from then on. */
  readonly restMs: number;
  /** Where it came to rest. */
  readonly rest: Box;
}

/** The largest distance (px) any edge of `a` sits from the same edge of `b`. */
export function boxDistance(a: Box, b: Box): number {
  return Math.max(
    Math.abs(a.left - b.left),
    Math.abs(a.top - b.top),
    Math.abs(a.left + a.width - (b.left + b.width)),
    Math.abs(a.top + a.height - (b.top + b.height)),
  );
}

function opaque(sample: Sample): boolean {
  return sample.opacity >= 1 - OPAQUE_EPSILON;
}

/**
 * Whether the popover has come to rest: the last `frames` frame samples all show it fully
 * opaque, each within {@link STILL_PX} of the last. Samples taken between frames are ignored
 * here (they only sharpen when it was placed).
 */
export function hasComeToRest(samples: readonly Sample[], frames = REST_FRAMES): boolean {
  const framed = samples.filter((sample) => sample.frame).slice(-frames);
  const last = framed.at(-1)?.box;
  if (framed.length < frames || last == null) return false;
  return framed.every(
    (sample) => sample.box !== null && opaque(sample) && boxDistance(sample.box, last) <= STILL_PX,
  );
}

/**
 * The first sample from which `holds` is true of every later sample too, or `undefined` when
 * the last one does not hold. "From then on", so a popover that passes its place and swings
 * back, or disappears and comes back, counts from its final arrival.
 */
function holdsFrom(
  samples: readonly Sample[],
  holds: (sample: Sample) => boolean,
): Sample | undefined {
  let first: Sample | undefined;
  for (let index = samples.length - 1; index >= 0; index--) {
    const sample = samples[index] as Sample;
    if (!holds(sample)) break;
    first = sample;
  }
  return first;
}

/**
 * When the popover was placed and when it was at rest, taking the box of the last sample as
 * its resting place; `null` until it has come to rest (see {@link hasComeToRest}).
 *
 * @example
 * const settled = settleTimes(samples); // { placedMs: 31.5, restMs: 182.0, rest: { … } }
 */
export function settleTimes(samples: readonly Sample[], frames = REST_FRAMES): Settled | null {
  if (!hasComeToRest(samples, frames)) return null;
  const rest = samples.at(-1)?.box;
  if (rest == null) return null;
  const placed = holdsFrom(
    samples,
    ({ box, opacity }) => box !== null && opacity > 0 && boxDistance(box, rest) <= PLACED_PX,
  );
  const still = holdsFrom(
    samples,
    (sample) => sample.box !== null && opaque(sample) && boxDistance(sample.box, rest) <= STILL_PX,
  );
  if (placed === undefined || still === undefined) return null;
  return { placedMs: placed.ms, restMs: still.ms, rest };
}
