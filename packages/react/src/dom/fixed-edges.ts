/** The space fixed or sticky bars take at the top and bottom of a viewport, in px. */
export interface FixedEdges {
  readonly top: number;
  readonly bottom: number;
}

/** Points along each edge that are probed: a bar spans most of the width, a button does not. */
const PROBES = [0.25, 0.5, 0.75];

/** A bar taller than this share of the viewport is an overlay or a drawer, not a header. */
const MAX_BAR_SHARE = 0.4;

/** The nearest fixed or sticky element at or above `element`, up to its document's body. */
function pinnedAncestor(element: Element, view: Window): Element | undefined {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return undefined;
}

/**
 * Finds the headers and footers pinned to the top and bottom of `document`'s viewport (`position:
 * fixed` or `sticky`, spanning the probe points, less than 40% of its height), and how far they
 * reach in: a target scrolled into view keeps clear of them. Elements inside `ignore` (the
 * guide's own overlay and step) are left out. Reads only what is at a few points of each edge,
 * so a large page costs no more than a small one.
 *
 * @example
 * detectFixedEdges(document); // { top: 64, bottom: 0 } under a 64 px sticky header
 */
export function detectFixedEdges(
  document: Document,
  ignore: (element: Element) => boolean = () => false,
): FixedEdges {
  const view = document.defaultView;
  const viewport = document.documentElement;
  if (view === null || typeof document.elementsFromPoint !== 'function') {
    return { top: 0, bottom: 0 };
  }
  const width = viewport.clientWidth;
  const height = viewport.clientHeight;
  const reach = (y: number, side: 'top' | 'bottom'): number => {
    let deepest = 0;
    const seen = new Set<Element>();
    for (const share of PROBES) {
      for (const hit of document.elementsFromPoint(width * share, y)) {
        if (ignore(hit)) continue;
        const bar = pinnedAncestor(hit, view);
        if (bar === undefined || seen.has(bar) || ignore(bar)) continue;
        seen.add(bar);
        const box = bar.getBoundingClientRect();
        if (box.height > height * MAX_BAR_SHARE) continue;
        const into = side === 'top' ? box.bottom : height - box.top;
        deepest = Math.max(deepest, Math.min(into, height * MAX_BAR_SHARE));
      }
    }
    return Math.round(deepest);
  };
  return { top: reach(1, 'top'), bottom: reach(height - 1, 'bottom') };
}
