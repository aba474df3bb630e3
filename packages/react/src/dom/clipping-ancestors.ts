import { composedParent } from './composed-parent';

const WILL_CHANGE_CONTAINING = /transform|translate|scale|rotate|perspective|filter/;
const CONTAIN_CONTAINING = /paint|layout|strict|content/;

const isSet = (value: string | undefined) =>
  value !== undefined && value !== '' && value !== 'none';

/** Whether the box is the containing block of `position: fixed` descendants. */
function containsFixed(style: CSSStyleDeclaration): boolean {
  return (
    isSet(style.transform) ||
    isSet(style.translate) ||
    isSet(style.scale) ||
    isSet(style.rotate) ||
    isSet(style.perspective) ||
    isSet(style.filter) ||
    isSet(style.backdropFilter) ||
    WILL_CHANGE_CONTAINING.test(style.willChange) ||
    CONTAIN_CONTAINING.test(style.contain)
  );
}

/** Which axes a box clips its content along. */
export interface ClippingAncestor {
  /** The box whose padding box clips the element. */
  readonly element: Element;
  /** Its `overflow-x` is not `visible`. */
  readonly clipsX: boolean;
  /** Its `overflow-y` is not `visible`. */
  readonly clipsY: boolean;
}

/**
 * The ancestors of `element` in its own document (across shadow roots) that clip it: an
 * `overflow` other than `visible` on either axis, and on the chain of containing blocks, as
 * floating-ui counts them, so an absolutely positioned element escapes static scrollers and a
 * fixed one escapes every box but a transformed (or filtered, or contained) one. `<body>` and
 * `<html>` are left out: their overflow is the viewport's.
 *
 * @example
 * getClippingAncestors(rowInList); // [{ element: list, clipsX: true, clipsY: true }]
 */
export function getClippingAncestors(element: Element): ClippingAncestor[] {
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (view === null) return [];
  const ancestors: ClippingAncestor[] = [];
  let chain = view.getComputedStyle(element).position;
  for (let node = composedParent(element); node !== null; node = composedParent(node)) {
    if (node === document.body || node === document.documentElement) break;
    const style = view.getComputedStyle(node);
    const contains =
      chain === 'fixed'
        ? containsFixed(style)
        : chain !== 'absolute' || style.position !== 'static' || containsFixed(style);
    if (!contains) continue;
    chain = style.position;
    if (style.display === 'inline' || style.display === 'contents') continue;
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    if (clipsX || clipsY) ancestors.push({ element: node, clipsX, clipsY });
  }
  return ancestors;
}
