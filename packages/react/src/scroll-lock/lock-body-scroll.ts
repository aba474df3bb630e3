/** What the first lock found, to put back when the last lock goes. */
interface SavedPage {
  readonly styleAttribute: string | null;
  readonly overflow: SavedProperty;
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
    overflow: saveProperty(body.style, 'overflow'),
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
  restoreProperty(body.style, 'overflow', saved.overflow);
  restoreProperty(body.style, saved.paddingSide, saved.padding);
  // Clearing properties leaves `style=""` behind; the page had no attribute at all.
  if (saved.styleAttribute === null && body.style.length === 0) body.removeAttribute('style');
  if (view.scrollX !== saved.scrollX || view.scrollY !== saved.scrollY) {
    view.scrollTo(saved.scrollX, saved.scrollY);
  }
}

/**
 * Stops the page behind a modal surface from scrolling: `overflow: hidden` on `<body>`, with
 * padding where the scrollbar was so nothing shifts sideways. Locks are counted per document:
 * the first one saves the body's inline `overflow` and padding and the scroll
 * position, and the last release puts back exactly those (removing a `style` attribute the
 * body did not have). Styles are written through the CSSOM, so a strict CSP allows them.
 * Pinch and ctrl-zoom are left alone. Returns the release; calling it twice does nothing.
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
