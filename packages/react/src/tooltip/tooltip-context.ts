import type { Placement } from '@floating-ui/react-dom';
import type { Guidepost, GuideView, TooltipGuide } from '@guidepost/core';
import { createContext, useContext, type RefObject } from 'react';
import type { Labels } from '../i18n/labels';
import type { AnchoredPosition } from '../positioning/use-anchored-position';
import type { HintMode, TooltipClassNames } from './tooltip-class-names';

/**
 * Why a hint opened or closed: `hover` and `focus` of its target (text hints), `blur` (focus
 * left it), `beacon` (its beacon was pressed), `escape`, `close` (its close button), `outside`
 * (a press outside an open hint dialog) or `target` (its target was removed or replaced).
 */
export type TooltipOpenChangeReason =
  'hover' | 'focus' | 'blur' | 'beacon' | 'escape' | 'close' | 'outside' | 'target';

/** Where `TooltipContent` asks the hint to be placed. */
export interface ContentLayout {
  readonly placement?: Placement | undefined;
  readonly offset?: number | undefined;
  readonly collisionPadding?: number | undefined;
}

/** What `TooltipRoot` gives every part, and custom parts through {@link useTooltipContext}. */
export interface TooltipContextValue {
  readonly guideId: string;
  readonly engine: Guidepost;
  /** The hint's definition. */
  readonly guide: TooltipGuide | undefined;
  /** The guide as the engine shows it. */
  readonly view: GuideView | undefined;
  /** The engine shows the hint (its beacon, or its target's hover and focus, are live). */
  readonly active: boolean;
  readonly mode: HintMode;
  /** The resolved target, while it is on the page and visible. */
  readonly target: Element | null;
  /** The hint is open. */
  readonly open: boolean;
  /** The content is rendered: open, or playing its exit. */
  readonly mounted: boolean;
  /** `open` while shown, `closed` while the exit plays. */
  readonly dataState: 'open' | 'closed';
  /** Opens or closes the hint, as the user's action `reason`. */
  readonly setOpen: (open: boolean, reason: TooltipOpenChangeReason) => void;
  readonly labels: Labels;
  readonly unstyled: boolean;
  readonly classNames: TooltipClassNames;
  readonly contentId: string;
  readonly titleId: string;
  readonly bodyId: string;
  readonly hasTitle: boolean;
  readonly hasBody: boolean;
  /** Called by `TooltipTitle` / `TooltipBody` while they render. */
  readonly setHasTitle: (present: boolean) => void;
  readonly setHasBody: (present: boolean) => void;
  /** Parts register the exit animations the hint waits for before it unmounts. */
  readonly registerExit: (exit: () => Promise<void>) => () => void;
  /** The content's position, anchored to the target. */
  readonly position: AnchoredPosition;
  /** `TooltipContent` sets its placement, offset and collision padding here. */
  readonly setLayout: (layout: ContentLayout) => void;
  /** The beacon, once rendered. */
  readonly beacon: HTMLElement | null;
  readonly setBeacon: (beacon: HTMLElement | null) => void;
  /** The content was on screen: closing it now counts as the user having seen the hint. */
  readonly markSeen: () => void;
  /** The hint was last opened from the keyboard (focus then moves into a hint dialog). */
  readonly openedByKeyboard: RefObject<boolean>;
  /** Reports a link refused by `isSafeHref` in the hint's content. */
  readonly reportUnsafeLink: (href: string) => void;
}

/** The hint context; `null` outside a `TooltipRoot`. */
export const TooltipContext = createContext<TooltipContextValue | null>(null);

/**
 * The context of the enclosing `TooltipRoot`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function HintStatus() {
 *   const { open } = useTooltipContext();
 *   return <span>{open ? 'Hint open' : 'Hint closed'}</span>;
 * }
 */
export function useTooltipContext(part = 'useTooltipContext'): TooltipContextValue {
  const context = useContext(TooltipContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`TooltipRoot\``);
  return context;
}
