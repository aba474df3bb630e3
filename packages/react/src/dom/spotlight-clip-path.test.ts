import { describe, expect, it } from 'vitest';
import { inflateRect, spotlightClipPath } from './spotlight-clip-path';

const OUTER = '0px 0px, 100% 0px, 100% 100%, 0px 100%, 0px 0px';

describe('spotlightClipPath', () => {
  it.each([
    [
      'a hole over the rect',
      { x: 10, y: 20, width: 100, height: 40 },
      `polygon(evenodd, ${OUTER}, 10px 20px, 110px 20px, 110px 60px, 10px 60px, 10px 20px)`,
    ],
    [
      'sub-pixel edges rounded to a hundredth',
      { x: 0.123, y: 1.004, width: 10.5, height: 2 },
      `polygon(evenodd, ${OUTER}, 0.12px 1px, 10.62px 1px, 10.62px 3px, 0.12px 3px, 0.12px 1px)`,
    ],
    [
      'no hole (a point at the centre) without a rect',
      null,
      `polygon(evenodd, ${OUTER}, 50% 50%, 50% 50%, 50% 50%, 50% 50%, 50% 50%)`,
    ],
  ])('draws %s', (_, rect, expected) => {
    expect(spotlightClipPath(rect)).toBe(expected);
  });

  it('keeps the same number of points with or without a hole, so shapes can morph', () => {
    const count = (path: string) => path.split(',').length;
    expect(count(spotlightClipPath(null))).toBe(
      count(spotlightClipPath({ x: 1, y: 2, width: 3, height: 4 })),
    );
  });
});

describe('inflateRect', () => {
  it.each([
    [4, { x: 6, y: 16, width: 108, height: 48 }],
    [0, { x: 10, y: 20, width: 100, height: 40 }],
  ])('grows the rect by %i px on every side', (padding, expected) => {
    expect(inflateRect({ x: 10, y: 20, width: 100, height: 40 }, padding)).toEqual(expected);
  });
});
