import type { Placement } from '@floating-ui/react';

/** The side of the target a surface sits on. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Where a surface lines up along its side of the target. */
export type Align = 'start' | 'center' | 'end';

/**
 * Splits a placement into the side and alignment shown on the DOM as `data-side`
 * and `data-align`.
 *
 * @example
 * placementParts('bottom-start'); // { side: 'bottom', align: 'start' }
 */
export function placementParts(placement: Placement): { side: Side; align: Align } {
  const [side, align] = placement.split('-') as [Side, 'start' | 'end' | undefined];
  return { side, align: align ?? 'center' };
}
