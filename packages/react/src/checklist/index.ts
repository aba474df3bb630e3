export { Checklist } from './checklist';
export { useChecklistContext } from './checklist-context';
export {
  checklistLabelsFor,
  defaultChecklistLabels,
  japaneseChecklistLabels,
} from './checklist-labels';
export { useChecklist } from './use-checklist';

export type { ChecklistProps } from './checklist';
export type { ChecklistButtonProps } from './checklist-button';
export type { ChecklistCelebrationProps } from './checklist-celebration';
export type { ChecklistClassNames } from './checklist-class-names';
export type { ChecklistContextValue } from './checklist-context';
export type { ChecklistDismissProps } from './checklist-dismiss';
export type { ChecklistItemProps } from './checklist-item';
export type { ChecklistItemsProps } from './checklist-items';
export type { ChecklistLabels } from './checklist-labels';
export type { ChecklistPanelProps } from './checklist-panel';
export type { ChecklistProgressProps } from './checklist-progress';
export type { ChecklistRootProps } from './checklist-root';
export type { ChecklistTriggerProps } from './checklist-trigger';
export type { ChecklistItemAction, ChecklistItemState, UseChecklistResult } from './use-checklist';
