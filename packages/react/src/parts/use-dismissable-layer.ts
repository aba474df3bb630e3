import { useEffect } from 'react';

/**
 * Which Escape presses close a layer: `document`, any on the page (a text hint, which never
 * holds focus); `inside`, those pressed while focus is in one of the layer's elements (a hint
 * dialog and its beacon); or those whose target the given function accepts (a modal dialog:
 * see `isKeyForDialog`). Keep a function stable.
 */
export type EscapeScope = 'document' | 'inside' | ((target: EventTarget | null) => boolean);

/** Options of {@link useDismissableLayer}. */
export interface DismissableLayerOptions {
  /** The layer shows; nothing is listened to otherwise. */
  readonly enabled: boolean;
  /** The layer's elements: its surface, and any that belong to it (a beacon). Keep it stable. */
  readonly elements: () => readonly (Element | null)[];
  /** @default 'document' */
  readonly escape?: EscapeScope;
  /** Called for an Escape meant for this layer. Keep it stable. */
  readonly onEscape: () => void;
  /** Called when the pointer goes down outside every element of the layer. Keep it stable. */
  readonly onOutsidePress?: (() => void) | undefined;
}

function isInside(elements: readonly (Element | null)[], target: EventTarget | null): boolean {
  return (
    target instanceof Node &&
    elements.some((element) => element !== null && element.contains(target))
  );
}

/**
 * The dismissal every pop-up shares: Escape and, where given, a press outside close the layer
 * (see {@link useDismissOnEscape} and {@link useDismissOnOutsidePress}).
 *
 * @example
 * useDismissableLayer({ enabled: open, elements, escape: 'inside', onEscape, onOutsidePress });
 */
export function useDismissableLayer(options: DismissableLayerOptions): void {
  useDismissOnEscape(options);
  useDismissOnOutsidePress(options);
}

/**
 * The Escape half of {@link useDismissableLayer}, for a layer that takes no press outside (a
 * modal, whose backdrop takes them). Listened to on the document, after every handler inside: a
 * key an inner control already handled (`defaultPrevented`, as an open menu does) or typed
 * while composing text is left alone, so only the top-most layer closes; the one that closes
 * this layer is marked handled.
 *
 * @example
 * useDismissOnEscape({ enabled: open, elements, escape: isKeyForThisDialog, onEscape });
 */
export function useDismissOnEscape(options: DismissableLayerOptions): void {
  const { enabled, elements, escape = 'document', onEscape } = options;
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (escape === 'inside' && !isInside(elements(), event.target)) return;
      if (typeof escape === 'function' && !escape(event.target)) return;
      event.preventDefault();
      onEscape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, elements, escape, onEscape]);
}

/**
 * The press-outside half of {@link useDismissableLayer}: `onOutsidePress` runs when the pointer
 * goes down outside every element of the layer.
 *
 * @example
 * useDismissOnOutsidePress({ enabled: open, elements, onEscape, onOutsidePress });
 */
export function useDismissOnOutsidePress(options: DismissableLayerOptions): void {
  const { enabled, elements, onOutsidePress } = options;
  useEffect(() => {
    if (!enabled || onOutsidePress === undefined || typeof document === 'undefined') return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || isInside(elements(), event.target)) return;
      onOutsidePress();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [enabled, elements, onOutsidePress]);
}
