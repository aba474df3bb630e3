import type { CSSProperties } from 'react';

/** Centred by auto margins in a fixed box, as a modal `<dialog>` is: no transform needed. */
export const CENTERED: CSSProperties = {
  position: 'fixed',
  inset: 0,
  margin: 'auto',
  blockSize: 'fit-content',
  maxBlockSize: 'calc(100% - 32px)',
  overflow: 'auto',
};

/** Space between a sheet and the screen's edges, in px. */
const SHEET_MARGIN = 8;

/**
 * Across the screen at its bottom or top edge, as tall as it needs up to half the screen (or
 * 200 px on a very short one), scrolling beyond that: the target stays in view.
 */
export function sheetStyle(edge: 'top' | 'bottom'): CSSProperties {
  return {
    position: 'fixed',
    insetInline: SHEET_MARGIN,
    [edge === 'bottom' ? 'insetBlockEnd' : 'insetBlockStart']: SHEET_MARGIN,
    inlineSize: 'auto',
    maxInlineSize: 'none',
    maxBlockSize: `min(calc(100% - ${2 * SHEET_MARGIN}px), max(50%, 200px))`,
    overflowY: 'auto',
  };
}
