import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { keepTabOrder } from '../dom/keep-tab-order';
import { makeOutsideInert } from '../dom/make-outside-inert';
import { tabbablesIn } from '../dom/tabbables';
import { trapFocus } from '../dom/trap-focus';
import { useFocusReturn } from './use-focus-return';

/**
 * Where focus goes when the scope turns active: `first`, the first tabbable element inside
 * (else the surface); `surface`, the surface itself (its name and text are read first); an
 * element of your own; or `none`, left where it is (the caller moves it).
 */
export type InitialFocus = 'first' | 'surface' | 'none' | RefObject<HTMLElement | null>;

/** Options of {@link useFocusScope}. */
export interface FocusScopeOptions {
  /** The surface is open; focus returns to where it was when this turns false. */
  readonly open: boolean;
  /** Focus is managed (moved in, trapped or ordered) only while this holds. @default open */
  readonly active?: boolean;
  /**
   * Modal: Tab and Shift+Tab cycle inside and the rest of the page is inert. Non-modal: Tab
   * can leave, in the order set by `reference`. @default true
   */
  readonly modal?: boolean;
  /** @default 'first' */
  readonly initialFocus?: InitialFocus;
  /** Give focus back on close (see `useFocusReturn`). @default true */
  readonly returnFocus?: boolean;
  /** Where focus returns when the element focused before opening is gone. Keep it stable. */
  readonly returnFallback?: () => Element | null | undefined;
  /** Modal: more elements that stay usable, such as its backdrop. Keep it stable. */
  readonly insideElements?: () => readonly (Element | null)[];
  /**
   * Non-modal: Tab and Shift+Tab go round `reference` and the surface and nowhere else, for a
   * surface over a page blocked to the pointer but for its reference, so the keyboard reaches
   * the same things. The page is not made inert: inert on a large page restyles all of it
   * (tens of ms for 10,000 elements), and a non-modal dialog leaves the page readable to
   * assistive technology. @default false
   */
  readonly wrapWithReference?: boolean;
  /**
   * Non-modal: the element the surface follows in the Tab order (its trigger or target).
   * Shift+Tab from the surface's start returns to it; Tab past its end goes to what follows it.
   */
  readonly reference?: Element | null;
  /** Non-modal: Tab on `reference` moves into the surface. @default false */
  readonly tabFromReference?: boolean;
  /** Non-modal: focus left the surface and `reference` for somewhere unrelated. */
  readonly onFocusOut?: () => void;
}

const NOTHING_INSIDE = () => [];

function initialTarget(surface: HTMLElement, initialFocus: InitialFocus): HTMLElement | SVGElement {
  if (initialFocus === 'first') return tabbablesIn(surface)[0] ?? surface;
  if (initialFocus === 'surface' || initialFocus === 'none') return surface;
  const own = initialFocus.current;
  return own !== null && surface.contains(own) ? own : surface;
}

/**
 * Manages focus for a dialog-like surface. Modal: focus moves in once as the scope turns
 * active, Tab and Shift+Tab cycle inside (see `trapFocus`), and everything else on the page,
 * live regions excepted, is inert (see `makeOutsideInert`). Non-modal: focus moves in the
 * same way but Tab can leave, in the order `reference` sets (see `keepTabOrder`), or, with
 * `wrapWithReference`, only to `reference` and back. Either way
 * focus goes back to where it was when the surface closes (see `useFocusReturn`). Returns the
 * ref for the surface, which should take focus itself (`tabIndex={-1}`).
 *
 * @example
 * const scopeRef = useFocusScope({ open, initialFocus: 'surface' });
 * return <div ref={scopeRef} role="dialog" aria-modal="true" tabIndex={-1}>…</div>;
 */
export function useFocusScope<T extends HTMLElement = HTMLElement>(
  options: FocusScopeOptions,
): (surface: T | null) => void {
  const { open, active = open, modal = true, initialFocus = 'first' } = options;
  const { returnFocus = true, returnFallback, insideElements = NOTHING_INSIDE } = options;
  const { reference = null, tabFromReference = false, wrapWithReference = false } = options;
  const { onFocusOut } = options;
  const focusReturnRef = useFocusReturn<T>(open, {
    enabled: returnFocus,
    ...(returnFallback === undefined ? {} : { fallback: returnFallback }),
  });
  const [surface, setSurface] = useState<T | null>(null);

  const initial = useRef(initialFocus);
  useLayoutEffect(() => {
    initial.current = initialFocus;
  });
  useLayoutEffect(() => {
    if (!active || surface === null || initial.current === 'none') return;
    const wanted = initial.current;
    // After the layout effects of the parts inside, which may still add or label controls.
    queueMicrotask(() => {
      const focused = surface.ownerDocument.activeElement;
      if (!surface.isConnected || surface.contains(focused)) return;
      initialTarget(surface, wanted).focus({ preventScroll: true });
    });
  }, [active, surface]);

  useLayoutEffect(() => {
    if (!active || surface === null || !modal) return;
    const release = trapFocus(surface);
    const restore = makeOutsideInert([surface, ...insideElements()]);
    return () => {
      restore();
      release();
    };
  }, [active, surface, modal, insideElements]);

  const focusOut = useRef(onFocusOut);
  useLayoutEffect(() => {
    focusOut.current = onFocusOut;
  });
  const hasFocusOut = onFocusOut !== undefined;
  useLayoutEffect(() => {
    if (!active || surface === null || modal || reference === null) return;
    return keepTabOrder(surface, reference, {
      fromReference: tabFromReference,
      wrap: wrapWithReference,
      ...(hasFocusOut ? { onFocusOut: () => focusOut.current?.() } : {}),
    });
  }, [active, surface, modal, reference, tabFromReference, wrapWithReference, hasFocusOut]);

  return useCallback(
    (node: T | null) => {
      setSurface(node);
      focusReturnRef(node);
    },
    [focusReturnRef],
  );
}
