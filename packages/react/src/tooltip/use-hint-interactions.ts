import {
  safePolygon,
  useHover,
  type FloatingContext,
  type OpenChangeReason,
  type ReferenceType,
} from '@floating-ui/react';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { AnchoredPosition } from '../positioning/use-anchored-position';
import type { HintMode } from './tooltip-class-names';
import type { TooltipOpenChangeReason } from './tooltip-context';
import { useEscapeKey } from './use-escape-key';
import { useOutsidePress } from './use-outside-press';
import { useTargetFocus } from './use-target-focus';
import { withOpenChange } from './with-open-change';

/** What {@link useHintInteractions} works from. */
export interface HintInteractionsOptions {
  readonly mode: HintMode;
  /** The engine shows the hint. */
  readonly active: boolean;
  readonly open: boolean;
  readonly target: Element | null;
  readonly beacon: HTMLElement | null;
  readonly position: AnchoredPosition;
  readonly setOpen: (open: boolean, reason: TooltipOpenChangeReason) => void;
}

/** Wait before hover opens the hint, and before leaving closes it, in ms. */
const HOVER_DELAY = { open: 150, close: 100 } as const;

/**
 * Turns what the user does into a hint opening and closing. A text hint opens on hover of its
 * target (floating-ui's `useHover`, with `safePolygon` keeping it open while the pointer moves
 * onto it) and on focus, and closes once neither holds, or when its target is replaced. A hint
 * dialog closes on a press outside it and its beacon. Escape closes either: a text hint from
 * anywhere, a dialog while focus is in it or on its beacon. Returns the floating-ui context the
 * focus manager of a hint dialog uses.
 */
export function useHintInteractions(
  options: HintInteractionsOptions,
): FloatingContext<ReferenceType> {
  const { mode, active, open, target, beacon, position, setOpen } = options;
  const hovering = useRef(false);
  const focused = useRef(false);
  const handleInteraction = useCallback(
    (next: boolean, reason: OpenChangeReason | undefined) => {
      if (reason === 'focus-out') {
        if (!next) setOpen(false, 'blur');
        return;
      }
      hovering.current = next;
      if (next) setOpen(true, 'hover');
      else if (!focused.current) setOpen(false, 'hover');
    },
    [setOpen],
  );
  const invoker = mode === 'dialog' ? beacon : null;
  const interaction = useMemo(
    () => withOpenChange(position.context, open, handleInteraction, invoker),
    [position.context, open, handleInteraction, invoker],
  );
  const textHint = mode === 'text' && active && target !== null;
  useHover(interaction, {
    enabled: textHint,
    delay: HOVER_DELAY,
    handleClose: safePolygon(),
    move: false,
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

  const surface = position.context.elements.floating;
  const inside = useCallback(() => [surface, beacon], [surface, beacon]);
  const escape = useCallback(() => setOpen(false, 'escape'), [setOpen]);
  useEscapeKey(open, escape, mode === 'dialog' ? inside : undefined);
  const outside = useCallback(() => setOpen(false, 'outside'), [setOpen]);
  useOutsidePress(open && mode === 'dialog', inside, outside);

  return interaction;
}
