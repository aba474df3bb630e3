/** Attributes whose changes can make a target appear, disappear or match a selector. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'id', 'open', 'data-guidepost'];

/** A running watch over part of the DOM; `stop()` releases every observer and listener. */
export interface DomWatcher {
  /** Also re-check when this element's box changes size (it may go from 0×0 to visible). */
  observeSize(element: Element): void;
  /** Stop watching this element's size. */
  unobserveSize(element: Element): void;
  /** Disconnect the observers, cancel the pending frame and remove the listeners. */
  stop(): void;
}

function viewOf(root: ParentNode): Window | null {
  const document = (root as Node).ownerDocument ?? (root as Document);
  return document.defaultView ?? null;
}

/**
 * Calls `check` when something under `root` may have changed whether a target is there and
 * visible: nodes added or removed, a class, style or `hidden` change, a watched element
 * resized, or the window resized (media queries). Mutations are coalesced to one check per
 * animation frame, which keeps the cost flat on pages that mutate a lot.
 */
export function watchDom(root: ParentNode, check: () => void): DomWatcher {
  const view = viewOf(root);
  let frame: number | null = null;

  const runCheck = () => {
    frame = null;
    check();
  };
  const schedule = () => {
    if (frame !== null || view === null) return;
    frame = view.requestAnimationFrame(runCheck);
  };

  const mutations = new MutationObserver(schedule);
  mutations.observe(root as Node, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  view?.addEventListener('resize', schedule);

  return {
    observeSize(element) {
      sizes?.observe(element);
    },
    unobserveSize(element) {
      sizes?.unobserve(element);
    },
    stop() {
      mutations.disconnect();
      sizes?.disconnect();
      view?.removeEventListener('resize', schedule);
      if (frame !== null) view?.cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
