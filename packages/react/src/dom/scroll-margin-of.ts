import type { GuideScrollMargin } from '@guidepost/core';
import type { ScrollMargin } from './scroll-into-view-if-needed';

/**
 * Merges scroll margins side by side, the first that sets a side winning: a step's, then its
 * tour's, then the provider's. Sides none of them sets stay unset, for the fixed headers and
 * footers found on the page to fill.
 *
 * @example
 * scrollMarginOf({ top: 80 }, 16); // { top: 80, right: 16, bottom: 16, left: 16 }
 */
export function scrollMarginOf(...layers: (GuideScrollMargin | undefined)[]): ScrollMargin {
  const merged: { top?: number; right?: number; bottom?: number; left?: number } = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    for (const layer of layers) {
      const value = typeof layer === 'number' ? layer : layer?.[side];
      if (value !== undefined) {
        merged[side] = value;
        break;
      }
    }
  }
  return merged;
}
