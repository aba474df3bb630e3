import type { Guidepost } from '@guidepost/core';
import type { RefObject } from 'react';
import type { ChecklistClassNames } from './checklist-class-names';
import type { ChecklistLabels } from './checklist-labels';
import type { UseChecklistResult } from './use-checklist';
import { createRootContext } from '../parts/create-root-context';
import type {
  DescriptionFields,
  PanelFields,
  RootContextFields,
} from '../parts/root-context-fields';

/** What `ChecklistRoot` gives every part, and custom parts through {@link useChecklistContext}. */
export interface ChecklistContextValue
  extends RootContextFields<ChecklistClassNames, ChecklistLabels>, DescriptionFields, PanelFields {
  readonly guideId: string;
  readonly engine: Guidepost;
  /** Items, progress and actions, as {@link useChecklist} returns them. */
  readonly checklist: UseChecklistResult;
  /** The checklist shows: the engine shows it, or it is celebrating its completion. */
  readonly visible: boolean;
  /** The panel renders in place, always expanded (`open`), without a launcher. */
  readonly inline: boolean;
  /** Every item was just done while the user watched: show the celebration. */
  readonly celebrating: boolean;
  /** Ends the celebration and hides the checklist. */
  readonly finish: () => void;
  /** "2 of 5 done", from the labels. */
  readonly progressText: string;
  /** The launcher, where focus goes back when the panel closes. */
  readonly triggerRef: RefObject<HTMLElement | null>;
}

const checklistRootContext = createRootContext<ChecklistContextValue>(
  'ChecklistRoot',
  'useChecklistContext',
);

/** The context of a `ChecklistRoot`; `null` outside one. */
export const ChecklistContext = checklistRootContext[0];

/**
 * The context of the enclosing `ChecklistRoot`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function DoneBadge() {
 *   const { checklist } = useChecklistContext();
 *   return <span>{checklist.doneCount}</span>;
 * }
 */
export const useChecklistContext = checklistRootContext[1];
