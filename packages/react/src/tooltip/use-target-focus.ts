import { useEffect } from 'react';

/** What {@link useTargetFocus} calls. */
export interface TargetFocusHandlers {
  /** Focus arrived on the target (or inside it) other than by a press of the pointer. */
  readonly onFocus: () => void;
  /** Focus left the target for somewhere outside it. */
  readonly onBlur: () => void;
}

/**
 * Follows focus on a hint's target: `onFocus` when focus arrives from the keyboard or from
 * script, not from pressing the target with a pointer (hover already covers the pointer, and a
 * hint that stays open after a click until focus moves on gets in the way); `onBlur` when
 * focus leaves the target for anywhere outside it.
 */
export function useTargetFocus(
  target: Element | null,
  enabled: boolean,
  { onFocus, onBlur }: TargetFocusHandlers,
): void {
  useEffect(() => {
    if (!enabled || target === null) return;
    const document = target.ownerDocument;
    let pressing = false;
    const released = () => {
      pressing = false;
    };
    const pointerDown = () => {
      pressing = true;
      document.addEventListener('pointerup', released, { once: true });
      document.addEventListener('pointercancel', released, { once: true });
    };
    const focusIn = () => {
      if (!pressing) onFocus();
    };
    const focusOut = (event: Event) => {
      const next = (event as FocusEvent).relatedTarget;
      if (next instanceof Node && target.contains(next)) return;
      onBlur();
    };
    target.addEventListener('pointerdown', pointerDown);
    target.addEventListener('focusin', focusIn);
    target.addEventListener('focusout', focusOut);
    return () => {
      target.removeEventListener('pointerdown', pointerDown);
      target.removeEventListener('focusin', focusIn);
      target.removeEventListener('focusout', focusOut);
      document.removeEventListener('pointerup', released);
      document.removeEventListener('pointercancel', released);
    };
  }, [target, enabled, onFocus, onBlur]);
}
