import type { Placement } from '@floating-ui/react';
import type { Guidepost, GuideView, TooltipGuide } from '@guidepost/core';
import type { RefObject } from 'react';
import type { Labels } from '../i18n/labels';
import type { AnchoredPosition } from '../positioning/use-anchored-position';
import type { HintMode, TooltipClassNames } from './tooltip-class-names';
import { createRootContext } from '../parts/create-root-context';
import type { PresenceFields, RootContextFields } from '../parts/root-context-fields';

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
export interface TooltipContextValue
  extends RootContextFields<TooltipClassNames, Labels>, PresenceFields {
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
  /** Opens or closes the hint, as the user's action `reason`. */
  readonly setOpen: (open: boolean, reason: TooltipOpenChangeReason) => void;
  readonly contentId: string;
  readonly bodyId: string;
  readonly hasBody: boolean;
  readonly setHasBody: (present: boolean) => void;
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
}

/**
 * `TooltipContext` (`null` outside a `TooltipRoot`) and `useTooltipContext`: the context of the
 * enclosing `TooltipRoot`, for custom parts. Throws, naming both, when used outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function HintStatus() {
 *   const { open } = useTooltipContext();
 *   return <span>{open ? 'Hint open' : 'Hint closed'}</span>;
 * }
 */
export const [TooltipContext, useTooltipContext] = createRootContext<TooltipContextValue>(
  'TooltipRoot',
  'useTooltipContext',
);
