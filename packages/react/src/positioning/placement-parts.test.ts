import type { Placement } from '@floating-ui/react';
import { describe, expect, it } from 'vitest';
import { placementParts } from './placement-parts';

describe('placementParts', () => {
  it.each<[Placement, string, string]>([
    ['bottom', 'bottom', 'center'],
    ['top-start', 'top', 'start'],
    ['left-end', 'left', 'end'],
    ['right', 'right', 'center'],
  ])('splits %s into side %s and alignment %s', (placement, side, align) => {
    expect(placementParts(placement)).toEqual({ side, align });
  });
});
