import { useEffect, useRef } from 'react';

/** Options of {@link useHoverIntent}. */
export interface HoverIntentOptions {
  readonly enabled: boolean;
  /** The element whose hover opens the surface. */
  readonly reference: Element | null;
  /** The surface, once rendered; hovering it keeps it open. */
  readonly floating: Element | null;
  /** Called once the pointer has rested on `reference` for the open delay. */
  readonly onEnter: () => void;
  /** Called once the pointer has been off both elements for the close delay. */
  readonly onLeave: () => void;
  /** Waits before opening and closing, in ms. @default { open: 150, close: 100 } */
  readonly delay?: { readonly open: number; readonly close: number };
}

/** How long a pointer leaving `reference` toward the surface has to reach it, in ms. */
const CROSSING_MS = 400;

const DEFAULT_DELAY = { open: 150, close: 100 } as const;

function isHovered(element: Element | null): boolean {
  try {
    return element?.matches(':hover') === true;
  } catch {
    return false;
  }
}

/**
 * Whether a pointer that left `reference` at (`x`, `y`) went out through the edge that faces
 * `floating`: it is on its way to the surface, across the gap between them.
 */
function headsFor(reference: Element, floating: Element | null, x: number, y: number): boolean {
  if (floating === null) return false;
  const from = reference.getBoundingClientRect();
  const to = floating.getBoundingClientRect();
  if (to.bottom <= from.top) return y <= from.top + 1;
  if (to.top >= from.bottom) return y >= from.bottom - 1;
  if (to.right <= from.left) return x <= from.left + 1;
  if (to.left >= from.right) return x >= from.right - 1;
  return false;
}

/**
 * Opens a surface on hover of `reference` after a short rest, and keeps it open while the
 * pointer is on `reference` or on the surface: leaving either closes it after a short delay,
 * which the pointer arriving on the other cancels, so it can cross the gap between them (a
 * pointer leaving toward the surface gets longer). Before closing it checks that the pointer is
 * really on neither. Mouse events, so a tap on a touch screen opens it as well.
 *
 * @example
 * useHoverIntent({ enabled, reference: target, floating, onEnter: show, onLeave: hide });
 */
export function useHoverIntent(options: HoverIntentOptions): void {
  const { enabled, reference, floating, delay = DEFAULT_DELAY } = options;
  const handlers = useRef(options);
  useEffect(() => {
    handlers.current = options;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { open: openDelay, close: closeDelay } = delay;

  useEffect(() => {
    if (!enabled || reference === null) return;
    const schedule = (wait: number, run: () => void) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(run, wait);
    };
    const enter = () => schedule(openDelay, () => handlers.current.onEnter());
    const close = () => {
      if (isHovered(reference) || isHovered(floating)) return;
      handlers.current.onLeave();
    };
    const leaveReference = (event: Event) => {
      const { clientX, clientY } = event as MouseEvent;
      const crossing = headsFor(reference, floating, clientX, clientY);
      schedule(crossing ? CROSSING_MS : closeDelay, close);
    };
    const stay = () => clearTimeout(timer.current);
    const leaveFloating = () => schedule(closeDelay, close);
    reference.addEventListener('mouseenter', enter);
    reference.addEventListener('mouseleave', leaveReference);
    floating?.addEventListener('mouseenter', stay);
    floating?.addEventListener('mouseleave', leaveFloating);
    return () => {
      reference.removeEventListener('mouseenter', enter);
      reference.removeEventListener('mouseleave', leaveReference);
      floating?.removeEventListener('mouseenter', stay);
      floating?.removeEventListener('mouseleave', leaveFloating);
    };
  }, [enabled, reference, floating, openDelay, closeDelay]);

  useEffect(() => {
    if (!enabled) clearTimeout(timer.current);
  }, [enabled]);
  useEffect(() => () => clearTimeout(timer.current), []);
}
