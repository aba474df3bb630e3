import { frameElementsOf } from './frame-elements';
import { hideCounted, unhideCounted, type HidingAttribute } from './hide-counted';

/** Live regions stay exposed under a modal: what they say must still be heard. */
const LIVE_REGIONS = '[aria-live],[role="status"],output,[data-live-announcer]';

/** What one call keeps usable and what it hid, so that it is undone exactly. */
interface Hold {
  /** The inside elements, each as it stands in the hold's document. */
  readonly kept: readonly Element[];
  /** Left as they are, with all they hold: the kept elements and the live regions. */
  readonly stops: Set<Element>;
  /** The stops and their ancestors: gone through, their other children hidden. */
  readonly paths: Set<Element>;
  /** The parents whose children were judged: new children of theirs are judged too. */
  readonly parents: Set<Element>;
  readonly hidden: Set<Element>;
  readonly attribute: HidingAttribute;
  readonly observer: MutationObserver | undefined;
}

/**
 * The holds in force, oldest first. Only the newest watches for added nodes: a nested modal's
 * own portal arrives while an older one is open and must stay usable. An older hold takes up
 * what was added meanwhile when it is the newest again.
 */
const holds: Hold[] = [];

/**
 * What stands for `element` in `document`: itself, or, inside same-origin iframes, the frame
 * element that holds it there (the frame must stay live for its content to be reachable);
 * `null` when it is in no frame of `document`.
 */
function inDocument(element: Element, document: Document): Element | null {
  if (element.ownerDocument === document) return element;
  const outermost = frameElementsOf(element, document.defaultView).at(-1);
  return outermost !== undefined && outermost.ownerDocument === document ? outermost : null;
}

function supportsInert(element: Element): boolean {
  return 'inert' in element;
}

function liveRegionsIn(element: Element): Element[] {
  return element.matches(LIVE_REGIONS) ? [element] : [...element.querySelectorAll(LIVE_REGIONS)];
}

function isNewest(hold: Hold): boolean {
  return holds.at(-1) === hold;
}

function keepPaths(hold: Hold, stops: Iterable<Element>): void {
  for (const stop of stops) {
    hold.stops.add(stop);
    for (let node: Element | null = stop; node !== null; node = node.parentElement) {
      hold.paths.add(node);
    }
  }
}

function goThrough(hold: Hold, parent: Element): void {
  if (hold.stops.has(parent)) return;
  hold.parents.add(parent);
  if (isNewest(hold)) hold.observer?.observe(parent, { childList: true });
  for (const child of parent.children) judge(hold, child, false);
}

/**
 * Hides `child` for `hold` unless it is, or leads to, something kept. A child that `arrived`
 * after the hold began is searched for kept elements and live regions first.
 */
function judge(hold: Hold, child: Element, arrived: boolean): void {
  if (child.localName === 'script' || hold.hidden.has(child)) return;
  if (arrived && !hold.paths.has(child)) {
    const kept = hold.kept.filter((element) => child.contains(element));
    keepPaths(hold, [...kept, ...liveRegionsIn(child)]);
  }
  if (hold.paths.has(child)) {
    goThrough(hold, child);
    return;
  }
  hideCounted(child, hold.attribute);
  hold.hidden.add(child);
}

/** Judges what came while a newer hold watched, and watches again. */
function resume(hold: Hold): void {
  for (const parent of [...hold.parents]) {
    if (!parent.isConnected) continue;
    hold.observer?.observe(parent, { childList: true });
    for (const child of [...parent.children]) judge(hold, child, true);
  }
}

/** Older holds let go of what `hold` keeps: the newest modal must stay usable. */
function yieldTo(hold: Hold): void {
  for (const older of holds) {
    if (older === hold) continue;
    for (const element of older.hidden) {
      if (!hold.kept.some((kept) => element.contains(kept))) continue;
      older.hidden.delete(element);
      unhideCounted(element, older.attribute);
    }
  }
}

function release(hold: Hold): void {
  const at = holds.indexOf(hold);
  if (at === -1) return;
  holds.splice(at, 1);
  hold.observer?.disconnect();
  for (const element of hold.hidden) unhideCounted(element, hold.attribute);
  hold.hidden.clear();
  const newest = holds.at(-1);
  if (at === holds.length && newest !== undefined) resume(newest);
}

/** Judges the elements added under the parents `hold` goes through, while it is the newest. */
function watchFor(hold: () => Hold | undefined): MutationObserver | undefined {
  if (typeof MutationObserver !== 'function') return undefined;
  return new MutationObserver((records) => {
    const current = hold();
    if (current === undefined) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Gone again, or moved on (its new parent, if watched, has a record of its own).
        if (node.parentNode !== record.target || node.nodeType !== Node.ELEMENT_NODE) continue;
        judge(current, node as Element, true);
      }
    }
  });
}

/**
 * Makes everything on the page outside the `inside` elements (and the page's live regions)
 * inert, or `aria-hidden` where the engine has no `inert`: each sibling of `inside` and of
 * every ancestor of `inside`, up to `<body>`, in the document of the first of them, and every
 * element added at those levels while it holds (a toast, a menu's portal, a chat widget), live
 * regions again excepted. An element inside a same-origin iframe keeps the `<iframe>` live
 * instead; nothing inside a frame's own document is touched. Counted per element, so two open
 * modals restore the page exactly in whichever order they close, and an element the page had
 * hidden itself stays hidden. The newest call wins: what it keeps usable, older ones let go
 * until it is undone. Returns the function that undoes it.
 *
 * @example
 * const restore = makeOutsideInert([dialog, backdrop]);
 * restore();
 */
export function makeOutsideInert(inside: readonly (Element | null)[]): () => void {
  const given = inside.filter((element): element is Element => element !== null);
  const first = given[0];
  if (first === undefined) return () => undefined;
  const body = first.ownerDocument.body;
  const kept = given
    .map((element) => inDocument(element, first.ownerDocument))
    .filter((element): element is Element => element !== null && body.contains(element));
  const hold: Hold = {
    kept,
    stops: new Set(),
    paths: new Set(),
    parents: new Set(),
    hidden: new Set(),
    attribute: supportsInert(body) ? 'inert' : 'aria-hidden',
    observer: watchFor(() => (isNewest(hold) ? hold : undefined)),
  };
  // Its pending records are dropped too: they may hold this call's own portal, and whatever
  // else they hold is hidden below, and taken up by it again once this is undone.
  holds.at(-1)?.observer?.disconnect();
  holds.push(hold);
  keepPaths(hold, [...kept, ...body.querySelectorAll(LIVE_REGIONS)]);
  goThrough(hold, body);
  yieldTo(hold);
  return () => release(hold);
}
