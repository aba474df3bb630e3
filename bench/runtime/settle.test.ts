import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasComeToRest, settleTimes, type Box, type Sample } from './settle';

const REST: Box = { left: 300, top: 120, width: 280, height: 140 };
const FRAME_MS = 16;

/** A box `dx`, `dy` px away from the rest. */
function at(dx: number, dy = 0): Box {
  return { ...REST, left: REST.left + dx, top: REST.top + dy };
}

/** One frame sample per entry, 16 ms apart from 16 ms, each a box (or none) and an opacity. */
function framesOf(...states: [Box | null, number][]): Sample[] {
  return states.map(([box, opacity], index) => ({
    ms: (index + 1) * FRAME_MS,
    frame: true,
    box,
    opacity,
  }));
}

/** The given samples, then `count` frames at rest and opaque, renumbered 16 ms apart. */
function thenRest(samples: Sample[], count = 10): Sample[] {
  const resting = Array.from({ length: count }, (): [Box, number] => [REST, 1]);
  return [...samples, ...framesOf(...resting)].map((sample, index) => ({
    ...sample,
    ms: (index + 1) * FRAME_MS,
  }));
}

test('a popover still sliding in from a corner is not placed until it is within 4 px', () => {
  // Slides from 300 px to the left over five frames, easing in the last few px.
  const samples = thenRest(
    framesOf([at(-300), 1], [at(-150), 1], [at(-60), 1], [at(-10), 1], [at(-3), 1]),
  );
  const settled = settleTimes(samples);
  assert.equal(settled?.placedMs, 5 * FRAME_MS);
  assert.equal(settled?.restMs, 6 * FRAME_MS);
});

test('a popover fading in at its place is placed at its first frame above opacity 0, at rest once opaque', () => {
  const samples = thenRest(framesOf([REST, 0], [REST, 0.2], [REST, 0.6], [REST, 0.95]));
  const settled = settleTimes(samples);
  assert.equal(settled?.placedMs, 2 * FRAME_MS);
  assert.equal(settled?.restMs, 5 * FRAME_MS);
});

test('a popover that shoots past its place and swings back counts from its final arrival', () => {
  const samples = thenRest(
    framesOf([at(-40), 1], [at(2), 1], [at(12), 1], [at(3), 1], [at(0.2), 1]),
  );
  const settled = settleTimes(samples);
  assert.equal(settled?.placedMs, 4 * FRAME_MS);
  assert.equal(settled?.restMs, 5 * FRAME_MS);
});

test('a sample between frames sharpens when it was placed', () => {
  const samples = thenRest(framesOf([null, 0], [at(-100), 1]));
  samples.splice(2, 0, { ms: 2.5 * FRAME_MS, frame: false, box: REST, opacity: 1 });
  assert.equal(settleTimes(samples)?.placedMs, 2.5 * FRAME_MS);
});

test('it has not come to rest while it still moves, is translucent or has not held still long enough', () => {
  const moving = framesOf(
    ...Array.from({ length: 12 }, (_, index) => [at(index), 1] as [Box, number]),
  );
  assert.equal(hasComeToRest(moving), false);
  assert.equal(settleTimes(moving), null);
  const translucent = framesOf(...Array.from({ length: 12 }, () => [REST, 0.9] as [Box, number]));
  assert.equal(hasComeToRest(translucent), false);
  const brief = framesOf(...Array.from({ length: 9 }, () => [REST, 1] as [Box, number]));
  assert.equal(hasComeToRest(brief), false);
  assert.equal(hasComeToRest(thenRest([], 10)), true);
});

test('only frame samples count towards the frames held still', () => {
  const between = Array.from({ length: 12 }, (_, index): Sample => ({
    ms: index,
    frame: false,
    box: REST,
    opacity: 1,
  }));
  assert.equal(hasComeToRest([...framesOf([at(-50), 1]), ...between]), false);
});

test('a popover that disappears and comes back counts from its return', () => {
  const samples = thenRest(framesOf([REST, 1], [null, 0], [REST, 0.5]));
  const settled = settleTimes(samples);
  assert.equal(settled?.placedMs, 3 * FRAME_MS);
  assert.equal(settled?.restMs, 4 * FRAME_MS);
});

test('a drift under half a pixel still counts as at rest', () => {
  const samples = thenRest(framesOf([at(0.3, -0.2), 1]));
  assert.equal(settleTimes(samples)?.restMs, FRAME_MS);
});
