import type { CSSProperties } from 'react';

/**
 * Hidden from sight, still read by screen readers. Set inline as well as through the
 * `gp-visually-hidden` class so the text stays hidden without the stylesheet or `unstyled`.
 */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
