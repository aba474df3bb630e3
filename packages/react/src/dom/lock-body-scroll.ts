/** What the first lock found, to put back when the last lock goes. */
interface SavedPage {
  readonly styleAttribute: string | null;
  readonly overflow: SavedOverflow;
  /** `padding-right`, or `padding-left` when the scrollbar is on the left (some RTL pages). */
  readonly padding: SavedProperty;
  readonly paddingSide: 'padding-left' | 'padding-right';
  readonly scrollX: number;
  readonly scrollY: number;
}

/** An inline declaration as it was, `!important` included. */
interface SavedProperty {
  readonly value: string;
  readonly priority: string;
}

interface LockState {
  count: number;
  saved: SavedPage | undefined;
}

/**
 * `overflow` and each of its longhands: a page's own `overflow-x` alone gives `overflow` no
 * value, so restoring the shorthand would drop it.
 */
interface SavedOverflow {
  readonly shorthand: SavedProperty;
  readonly x: SavedProperty;
  readonly y: SavedProperty;
}

const locks = new WeakMap<Document, LockState>();

/** The width the vertical scrollbar takes from the layout, 0 when a stable gutter keeps it. */
function scrollbarWidth(document: Document, view: Window): number {
  const root = document.documentElement;
  const gutter = view.getComputedStyle(root).getPropertyValue('scrollbar-gutter');
  // No layout (a document without rendering) reports a zero width: there is no scrollbar.
  if (gutter.includes('stable') || root.clientWidth === 0) return 0;
  return Math.max(0, view.innerWidth - root.clientWidth);
}

function saveProperty(style: CSSStyleDeclaration, name: string): SavedProperty {
  return { value: style.getPropertyValue(name), priority: style.getPropertyPriority(name) };
}

function restoreProperty(style: CSSStyleDeclaration, name: string, saved: SavedProperty): void {
  if (saved.value === '') style.removeProperty(name);
  else style.setProperty(name, saved.value, saved.priority);
}

function saveOverflow(style: CSSStyleDeclaration): SavedOverflow {
  return {
    shorthand: saveProperty(style, 'overflow'),
    x: saveProperty(style, 'overflow-x'),
    y: saveProperty(style, 'overflow-y'),
  };
}

function restoreOverflow(style: CSSStyleDeclaration, saved: SavedOverflow): void {
  // The longhands in place, so the page's declarations keep their order.
  restoreProperty(style, 'overflow-x', saved.x);
  restoreProperty(style, 'overflow-y', saved.y);
  // Where `overflow` is a property of its own rather than a shorthand (jsdom), the longhands
  // leave it as the lock set it.
  const now = saveProperty(style, 'overflow');
  if (now.value !== saved.shorthand.value || now.priority !== saved.shorthand.priority) {
    restoreProperty(style, 'overflow', saved.shorthand);
  }
}

function lock(document: Document, view: Window): SavedPage {
  const body = document.body;
  const root = document.documentElement;
  // A scrollbar on the left pushes the root element's box to the right.
  const paddingSide =
    Math.round(root.getBoundingClientRect().left) + root.scrollLeft > 0
      ? 'padding-left'
      : 'padding-right';
  const saved: SavedPage = {
    styleAttribute: body.getAttribute('style'),
    overflow: saveOverflow(body.style),
    padding: saveProperty(body.style, paddingSide),
    paddingSide,
    scrollX: view.scrollX,
    scrollY: view.scrollY,
  };
  const gap = scrollbarWidth(document, view);
  if (gap > 0) {
    // The page would widen by the scrollbar once it is hidden; padding keeps its content still.
    const padding =
      Number.parseFloat(view.getComputedStyle(body).getPropertyValue(paddingSide)) || 0;
    body.style.setProperty(paddingSide, `${padding + gap}px`, 'important');
  }
  body.style.setProperty('overflow', 'hidden', 'important');
  return saved;
}

function unlock(document: Document, view: Window, saved: SavedPage): void {
  const body = document.body;
  restoreOverflow(body.style, saved.overflow);
  restoreProperty(body.style, saved.paddingSide, saved.padding);
  // Clearing properties leaves `style=""` behind; the page had no attribute at all. Chromium
  // writes the attribute from the CSSOM lazily, when it is next read: `removeAttribute` on an
  // attribute not yet written removes nothing, and `style=""` appears afterwards. Reading it
  // first (`hasAttribute`) writes it, so that it can be removed.
  if (saved.styleAttribute === null && body.style.length === 0 && body.hasAttribute('style')) {
    body.removeAttribute('style');
  }
  if (view.scrollX !== saved.scrollX || view.scrollY !== saved.scrollY) {
    view.scrollTo(saved.scrollX, saved.scrollY);
  }
}

/**
 * Stops the page behind a modal surface from scrolling: `overflow: hidden` on `<body>`, with
 * padding where the scrollbar was so nothing shifts sideways. Locks are counted per document:
 * the first one saves the body's inline `overflow` (each longhand too), its padding and the
 * scroll position, and the last release puts back exactly those (removing a `style` attribute
 * the body did not have, so no `style=""` is left). Styles are written through the CSSOM, so
 * a strict CSP allows them. Pinch and ctrl-zoom are left alone. Returns the release; calling
 * it twice does nothing.
 *
 * @example
 * const release = lockBodyScroll();
 * // … the dialog is open …
 * release();
 */
export function lockBodyScroll(document: Document = globalThis.document): () => void {
  const view = document.defaultView;
  if (view === null) return () => undefined;
  let state = locks.get(document);
  if (state === undefined) {
    state = { count: 0, saved: undefined };
    locks.set(document, state);
  }
  if (state.count === 0) state.saved = lock(document, view);
  state.count += 1;
  let held = true;
  return () => {
    if (!held || state === undefined) return;
    held = false;
    state.count -= 1;
    if (state.count > 0 || state.saved === undefined) return;
    const saved = state.saved;
    state.saved = undefined;
    unlock(document, view, saved);
  };
}
