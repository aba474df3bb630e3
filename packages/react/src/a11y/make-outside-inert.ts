import { frameElementsOf } from '../targets/frame-elements';

/** Live regions stay exposed under a modal: what they say must still be heard. */
const LIVE_REGIONS = '[aria-live],[role="status"],output,[data-live-announcer]';

/** How many open modals hide each element; shared, so nested modals never undo each other. */
const hiders = new WeakMap<Element, number>();
/** Elements that were already hidden by the page itself: never un-hidden here. */
const hiddenByPage = new WeakSet<Element>();

function supportsInert(element: Element): boolean {
  return 'inert' in element;
}

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

/**
 * Makes everything on the page outside the `inside` elements (and the page's live regions)
 * inert, or `aria-hidden` where the engine has no `inert`: each sibling of `inside` and of
 * every ancestor of `inside`, up to `<body>`, in the document of the first of them. An element
 * inside a same-origin iframe keeps the `<iframe>` live instead; nothing inside a frame's own
 * document is touched. Counted per element, so two open modals restore the page exactly in
 * whichever order they close, and an element the page had hidden itself stays hidden. Returns
 * the function that undoes it.
 *
 * @example
 * const restore = makeOutsideInert([dialog, backdrop]);
 * restore();
 */
export function makeOutsideInert(inside: readonly (Element | null)[]): () => void {
  const kept = inside.filter((element): element is Element => element !== null);
  const first = kept[0];
  if (first === undefined) return () => undefined;
  const body = first.ownerDocument.body;
  const avoid = [
    ...kept.map((element) => inDocument(element, first.ownerDocument)),
    ...body.querySelectorAll(LIVE_REGIONS),
  ].filter((element): element is Element => element !== null && body.contains(element));
  const attribute = supportsInert(body) ? 'inert' : 'aria-hidden';
  const ancestors = new Set<Element>();
  for (const element of avoid) {
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      ancestors.add(node);
    }
  }
  const stops = new Set(avoid);
  const hidden: Element[] = [];
  const walk = (parent: Element) => {
    if (stops.has(parent)) return;
    for (const child of parent.children) {
      if (child.localName === 'script') continue;
      if (ancestors.has(child)) {
        walk(child);
        continue;
      }
      const count = hiders.get(child) ?? 0;
      const value = child.getAttribute(attribute);
      if (count === 0 && value !== null && value !== 'false') hiddenByPage.add(child);
      hiders.set(child, count + 1);
      if (!hiddenByPage.has(child))
        child.setAttribute(attribute, attribute === 'inert' ? '' : 'true');
      hidden.push(child);
    }
  };
  walk(body);
  return () => {
    for (const element of hidden) {
      const count = (hiders.get(element) ?? 1) - 1;
      hiders.set(element, count);
      if (count > 0) continue;
      if (hiddenByPage.has(element)) hiddenByPage.delete(element);
      else element.removeAttribute(attribute);
    }
  };
}
