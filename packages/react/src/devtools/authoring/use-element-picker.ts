import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { pickableOf } from './anchor-of-element';

/** Marks what the picker never offers: the authoring panel, its highlight, the preview. */
export const PICKER_IGNORE_ATTRIBUTE = 'data-gp-authoring-ignore';

/** Options of {@link useElementPicker}. */
export interface ElementPickerOptions {
  /** Called with the element picked by a click, or by Enter on the focused element. */
  readonly onPick: (element: Element) => void;
  /** Where focus goes back when picking ends, picked or cancelled. */
  readonly returnFocusTo: RefObject<HTMLElement | null>;
}

/** What {@link useElementPicker} returns. */
export interface ElementPicker {
  readonly picking: boolean;
  /** The element a click or Enter would pick now. */
  readonly candidate: Element | null;
  readonly start: () => void;
  readonly cancel: () => void;
}

function candidateOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  if (target.closest(`[${PICKER_IGNORE_ATTRIBUTE}]`) !== null) return null;
  if (target === target.ownerDocument.body || target === target.ownerDocument.documentElement) {
    return null;
  }
  return pickableOf(target);
}

/**
 * Lets a developer pick an element of the page, with the pointer (hover shows the candidate,
 * a click picks it) or the keyboard (Tab to it, Enter or Space picks it). Escape cancels.
 * While picking, the page's own handlers never see the click or key that picks, so picking a
 * link or a button does not follow or press it.
 *
 * @example
 * const picker = useElementPicker({ onPick: setTarget, returnFocusTo: pickButton });
 */
export function useElementPicker({ onPick, returnFocusTo }: ElementPickerOptions): ElementPicker {
  const [picking, setPicking] = useState(false);
  const [candidate, setCandidate] = useState<Element | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  const stop = useCallback(() => {
    setPicking(false);
    setCandidate(null);
    returnFocusTo.current?.focus();
  }, [returnFocusTo]);

  useEffect(() => {
    if (!picking) return;
    const finish = (event: Event, element: Element) => {
      event.preventDefault();
      event.stopPropagation();
      pick.current(element);
      stop();
    };
    const onHover = (event: Event) => setCandidate(candidateOf(event.target));
    const onPress = (event: Event) => {
      const element = candidateOf(event.target);
      // A press on the panel itself (its Cancel button) is the panel's own.
      if (element === null) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onClick = (event: MouseEvent) => {
      const element = candidateOf(event.target);
      if (element !== null) finish(event, element);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        stop();
        return;
      }
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const element = candidateOf(event.target);
      if (element !== null) finish(event, element);
    };
    const listeners = [
      ['pointerover', onHover],
      ['focusin', onHover],
      ['pointerdown', onPress],
      ['mousedown', onPress],
      ['click', onClick],
      ['keydown', onKey],
    ] as const;
    for (const [type, listener] of listeners) {
      document.addEventListener(type, listener as EventListener, true);
    }
    return () => {
      for (const [type, listener] of listeners) {
        document.removeEventListener(type, listener as EventListener, true);
      }
    };
  }, [picking, stop]);

  const start = useCallback(() => setPicking(true), []);
  return { picking, candidate, start, cancel: stop };
}
