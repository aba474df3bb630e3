import { isFocusable } from './is-focusable';

/** What {@link returnFocus} needs to know about the surface that is closing. */
export interface FocusReturn {
  /** The element that had focus before the surface opened. */
  readonly invoker: Element | null;
  /** The invoker's ancestors, nearest first, recorded while it was still in the page. */
  readonly ancestors: readonly Element[];
  /** The surface that is closing (it may already be out of the page). */
  readonly surface: Element | null;
  /** Tried after the invoker and before its ancestors. */
  readonly fallback?: (() => Element | null | undefined) | undefined;
}

/** Every ancestor of `element`, nearest first, across shadow roots. */
export function ancestorsOf(element: Element | null): Element[] {
  const ancestors: Element[] = [];
  let node: Node | null = element?.parentNode ?? null;
  while (node !== null) {
    if (node.nodeType === 1) ancestors.push(node as Element);
    node = 'host' in node ? (node as ShadowRoot).host : node.parentNode;
  }
  return ancestors;
}

function tryFocus(candidate: Element | null | undefined): boolean {
  if (candidate === null || candidate === undefined || !isFocusable(candidate)) return false;
  candidate.focus();
  return candidate.ownerDocument.activeElement === candidate;
}

/**
 * Puts focus back after a surface closes: on the invoker when it is still usable, else on the
 * fallback, else on the nearest invoker ancestor still in the page that can take focus, and
 * only as a last resort on `document.body`. Focus is only moved when it is lost (on `body`)
 * or still inside the surface, so a user who has moved on elsewhere is not pulled back.
 */
export function returnFocus({ invoker, ancestors, surface, fallback }: FocusReturn): void {
  const document = (surface ?? invoker)?.ownerDocument;
  if (document === undefined) return;
  const active = document.activeElement;
  const lost =
    active === null ||
    active === document.body ||
    !active.isConnected ||
    (surface !== null && surface.contains(active));
  if (!lost) return;
  if (tryFocus(invoker) || tryFocus(fallback?.())) return;
  for (const ancestor of ancestors) {
    if (ancestor.isConnected && tryFocus(ancestor)) return;
  }
  if (active !== null && active !== document.body && 'blur' in active) {
    (active as HTMLElement).blur();
  }
}
