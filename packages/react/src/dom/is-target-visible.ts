import { isRendered } from './is-rendered';

/**
 * Whether a target can be pointed at: connected, not `display: none` or `visibility: hidden`
 * on it or an ancestor, and with a box of non-zero width and height. A hidden or 0×0 target
 * counts as missing, so no spotlight is drawn around an empty box.
 *
 * @example
 * if (!isTargetVisible(element)) await waitForTarget(step.target);
 */
export function isTargetVisible(element: Element): boolean {
  if (!isRendered(element)) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}
