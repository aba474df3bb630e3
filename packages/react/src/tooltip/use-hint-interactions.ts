import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { HintMode } from './tooltip-class-names';
import type { TooltipOpenChangeReason } from './tooltip-context';
import { useDismissableLayer } from '../parts/use-dismissable-layer';
import { useHoverIntent } from './use-hover-intent';
import { useTargetFocus } from './use-target-focus';

/** What {@link useHintInteractions} works from. */
export interface HintInteractionsOptions {
  readonly mode: HintMode;
  /** The engine shows the hint. */
  readonly active: boolean;
  readonly open: boolean;
  readonly target: Element | null;
  readonly beacon: HTMLElement | null;
  /** The hint's surface, once rendered. */
  readonly surface: HTMLElement | null;
  readonly setOpen: (open: boolean, reason: TooltipOpenChangeReason) => void;
}

/** Wait before hover opens the hint, and before leaving closes it, in ms. */
const HOVER_DELAY = { open: 150, close: 100 } as const;

/**
 * Turns what the user does into a hint opening and closing. A text hint opens on hover of its
 * target (kept open while the pointer moves onto it, see `useHoverIntent`) and on focus, and
 * closes once neither holds, or when its target is replaced. A hint dialog closes on a press
 * outside it and its beacon. Escape closes either: a text hint from anywhere, a dialog while
 * focus is in it or on its beacon. A dialog also closes when focus leaves it and its beacon,
 * which `TooltipContent` watches.
 */
export function useHintInteractions(options: HintInteractionsOptions): void {
  const { mode, active, open, target, beacon, surface, setOpen } = options;
  const hovering = useRef(false);
  const focused = useRef(false);
  const textHint = mode === 'text' && active && target !== null;

  const onEnter = useCallback(() => {
    hovering.current = true;
    setOpen(true, 'hover');
  }, [setOpen]);
  const onLeave = useCallback(() => {
    hovering.current = false;
    if (!focused.current) setOpen(false, 'hover');
  }, [setOpen]);
  useHoverIntent({
    enabled: textHint,
    reference: target,
    floating: surface,
    onEnter,
    onLeave,
    delay: HOVER_DELAY,
  });

  const focusHandlers = useMemo(
    () => ({
      onFocus: () => {
        focused.current = true;
        setOpen(true, 'focus');
      },
      onBlur: () => {
        focused.current = false;
        if (!hovering.current) setOpen(false, 'blur');
      },
    }),
    [setOpen],
  );
  useTargetFocus(target, textHint, focusHandlers);

  // A text hint belongs to the element that was hovered or focused: when that one is removed
  // or replaced, the hint closes.
  const lastTarget = useRef(target);
  useLayoutEffect(() => {
    const previous = lastTarget.current;
    lastTarget.current = target;
    if (previous === target || previous === null) return;
    hovering.current = false;
    focused.current = false;
    if (mode === 'text') setOpen(false, 'target');
  }, [target, mode, setOpen]);

  const inside = useCallback(() => [surface, beacon], [surface, beacon]);
  const escape = useCallback(() => setOpen(false, 'escape'), [setOpen]);
  const outside = useCallback(() => setOpen(false, 'outside'), [setOpen]);
  const dialog = mode === 'dialog';
  useDismissableLayer({
    enabled: open,
    elements: inside,
    escape: dialog ? 'inside' : 'document',
    onEscape: escape,
    onOutsidePress: dialog ? outside : undefined,
  });
}
