import type { ContractFailureReason } from './contract-types';

/** What the page says of one target: nothing wrong, or the first thing wrong. */
export type TargetVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: ContractFailureReason; readonly detail: string };

/**
 * Runs in the page (serialised by `page.evaluate`, so it refers to nothing outside itself).
 * For each selector: the element is there; it is visible (no `display: none`, `visibility:
 * hidden` or `opacity: 0` on it or an ancestor, and not zero-size); once scrolled into view as
 * a tour would, some of it lies inside the viewport and every clipping ancestor; and at five
 * points of that visible part the top-most element is the target, inside it or an ancestor of
 * it. Guidepost's own UI (`[data-guidepost-portal]`) never counts as covering: a tour's overlay
 * or a pop-up may be open while the page is read.
 */
export function inspectTargets(selectors: readonly string[]): TargetVerdict[] {
  const describe = (node: Element): string => {
    const id = node.id === '' ? '' : `#${node.id}`;
    const classes = [...node.classList]
      .slice(0, 2)
      .map((name) => `.${name}`)
      .join('');
    const anchor = node.getAttribute('data-guidepost');
    return `<${node.tagName.toLowerCase()}${id}${classes}${anchor === null ? '' : ` data-guidepost="${anchor}"`}>`;
  };
  const parentOf = (node: Element): Element | null =>
    node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const lineage = (node: Element): Element[] => {
    const chain: Element[] = [];
    for (let at: Element | null = node; at !== null; at = parentOf(at)) chain.push(at);
    return chain;
  };
  const hiddenBy = (element: Element): string | undefined => {
    for (const node of lineage(element)) {
      const style = getComputedStyle(node);
      if (style.display === 'none') return `display: none on ${describe(node)}`;
      if (style.opacity === '0') return `opacity: 0 on ${describe(node)}`;
    }
    const visibility = getComputedStyle(element).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') {
      // `visibility` inherits: name the outermost ancestor that sets it.
      const chain = lineage(element);
      let setter = element;
      for (const node of chain) {
        if (getComputedStyle(node).visibility !== visibility) break;
        setter = node;
      }
      return `visibility: ${visibility} on ${describe(setter)}`;
    }
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) {
      return `zero size (${Math.round(box.width)}×${Math.round(box.height)})`;
    }
    return undefined;
  };
  const clips = (node: Element) => {
    const style = getComputedStyle(node);
    return style.overflowX !== 'visible' || style.overflowY !== 'visible';
  };
  /** The part of the element left visible by every clipping ancestor, then the viewport. */
  const visiblePart = (element: Element) => {
    const box = element.getBoundingClientRect();
    let { left, top, right, bottom } = box;
    for (const node of lineage(element).slice(1)) {
      if (node === document.documentElement || node === document.body || !clips(node)) continue;
      const frame = node.getBoundingClientRect();
      left = Math.max(left, frame.left + node.clientLeft);
      top = Math.max(top, frame.top + node.clientTop);
      right = Math.min(right, frame.left + node.clientLeft + node.clientWidth);
      bottom = Math.min(bottom, frame.top + node.clientTop + node.clientHeight);
      if (right <= left || bottom <= top) return { clippedBy: describe(node) };
    }
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, document.documentElement.clientWidth);
    bottom = Math.min(bottom, document.documentElement.clientHeight);
    if (right <= left || bottom <= top) return { clippedBy: 'the viewport' };
    return { clippedBy: 'nothing', rect: { left, top, right, bottom } };
  };
  const related = (element: Element, hit: Element) =>
    hit === element || element.contains(hit) || hit.contains(element);
  const ownUi = (node: Element) => node.closest('[data-guidepost-portal]') !== null;

  const inspect = (selector: string): TargetVerdict => {
    let matches: Element[];
    try {
      matches = [...document.querySelectorAll(selector)];
    } catch {
      return { ok: false, reason: 'missing', detail: `${selector} is not a valid selector` };
    }
    if (matches.length === 0) {
      return { ok: false, reason: 'missing', detail: `no element matches ${selector}` };
    }
    // As a tour does: the first element that is shown, else the first there is.
    const element = matches.find((match) => hiddenBy(match) === undefined) ?? matches[0]!;
    const hidden = hiddenBy(element);
    if (hidden !== undefined) return { ok: false, reason: 'hidden', detail: hidden };

    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const { rect, clippedBy } = visiblePart(element);
    if (rect === undefined) {
      return {
        ok: false,
        reason: 'unreachable',
        detail: `outside the view of ${clippedBy}, even scrolled into view`,
      };
    }
    const xs = [0.25, 0.5, 0.75].map((at) => rect.left + (rect.right - rect.left) * at);
    const ys = [0.25, 0.5, 0.75].map((at) => rect.top + (rect.bottom - rect.top) * at);
    const points = [
      [xs[1]!, ys[1]!],
      [xs[0]!, ys[0]!],
      [xs[2]!, ys[0]!],
      [xs[0]!, ys[2]!],
      [xs[2]!, ys[2]!],
    ] as const;
    const coverers: Element[] = [];
    for (const [x, y] of points) {
      const hit = document.elementsFromPoint(x, y).find((node) => !ownUi(node));
      if (hit !== undefined && !related(element, hit)) coverers.push(hit);
    }
    if (coverers.length > 0) {
      return {
        ok: false,
        reason: 'covered',
        detail: `covered by ${describe(coverers[0]!)} at ${coverers.length} of ${points.length} points`,
      };
    }
    return { ok: true };
  };
  return selectors.map(inspect);
}
