import { isRendered } from './is-rendered';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/**
 * Whether `element` can take focus from script: connected, natively focusable or with a
 * `tabindex`, not disabled, not inside an `inert` subtree, and not hidden.
 */
export function isFocusable(element: Element): element is HTMLElement | SVGElement {
  return (
    typeof (element as HTMLElement).focus === 'function' &&
    element.matches(FOCUSABLE) &&
    !element.matches(':disabled') &&
    element.closest('[inert]') === null &&
    isRendered(element)
  );
}
