import { useCallback, type KeyboardEvent } from 'react';

const HANDLES_ARROWS =
  'input, textarea, select, video, audio, [contenteditable]:not([contenteditable="false"]), [role="slider"], [role="spinbutton"], [role="tablist"], [role="listbox"], [role="menu"], [role="radiogroup"]';

/** Actions the step's arrow keys trigger. */
export interface StepKeyActions {
  readonly next: () => void;
  readonly back: () => void;
}

/**
 * The step's arrow keys: → and ← go to the next and previous step (mirrored on right-to-left
 * pages). Keys an inner control already handled (`event.defaultPrevented`), arrows inside text
 * fields, media and composite widgets, and keys with modifiers are left alone. Escape is the
 * shared dismissable layer's (`useDismissOnEscape`), as for every pop-up.
 */
export function useStepKeyboard({ next, back }: StepKeyActions) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.nativeEvent.isComposing) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const origin = event.target as Element;
      if (origin.closest(HANDLES_ARROWS) !== null) return;
      const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      event.preventDefault();
      if ((event.key === 'ArrowRight') !== rtl) next();
      else back();
    },
    [next, back],
  );
}
