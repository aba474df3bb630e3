import { ANCHOR_ATTRIBUTE } from './anchor';
import { cssEscape } from './css-escape';

const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Whether a plain string target is an anchor name (letters, digits, `-`, `_`) rather than a
 * CSS selector.
 */
export function isAnchorName(value: string): boolean {
  return ANCHOR_NAME.test(value);
}

/**
 * The CSS selector that finds the anchor `name`, escaped so any name is a valid selector.
 *
 * @example
 * anchorSelector('new-project'); // '[data-guidepost="new-project"]'
 */
export function anchorSelector(name: string): string {
  return `[${ANCHOR_ATTRIBUTE}="${cssEscape(name)}"]`;
}
