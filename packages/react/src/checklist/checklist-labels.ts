import type { Labels } from '../i18n/labels';
import { createLocaleLabels, type LabelsFor } from '../parts/create-locale-labels';

/** The labels a checklist shows: the shared ones plus its own. */
export interface ChecklistLabels extends Labels {
  /** State of a ticked item, read before its name. */
  readonly checklistItemDone: string;
  /** State of an item still to do, read before its name. */
  readonly checklistItemToDo: string;
  /** Said politely when an item is ticked; placeholders `{item}` and `{progress}`. */
  readonly checklistItemCompleted: string;
  /** Title of the celebration once every item is done. */
  readonly checklistAllDone: string;
  /** Text under the celebration title. */
  readonly checklistAllDoneDetail: string;
  /** Button that dismisses the whole checklist for good. */
  readonly checklistDismiss: string;
  /** Accessible name of the progress bar. */
  readonly checklistProgressLabel: string;
}

type OwnLabels = Omit<ChecklistLabels, keyof Labels>;

const english: OwnLabels = {
  checklistItemDone: 'Done',
  checklistItemToDo: 'To do',
  checklistItemCompleted: 'Completed: {item}. {progress}',
  checklistAllDone: 'All done!',
  checklistAllDoneDetail: 'You finished every task on the list.',
  checklistDismiss: 'Dismiss checklist',
  checklistProgressLabel: 'Progress',
};

const japanese: OwnLabels = {
  checklistItemDone: '完了',
  checklistItemToDo: '未完了',
  checklistItemCompleted: '完了しました: {item}。{progress}',
  checklistAllDone: 'すべて完了しました！',
  checklistAllDoneDetail: 'リストのタスクをすべて終えました。',
  checklistDismiss: 'チェックリストを非表示にする',
  checklistProgressLabel: '進捗',
};

const shipped = createLocaleLabels(english, japanese);

/** The English checklist labels. */
export const defaultChecklistLabels: ChecklistLabels = shipped.english;

/** The Japanese checklist labels. */
export const japaneseChecklistLabels: ChecklistLabels = shipped.japanese;

/**
 * The checklist labels for a locale (`'ja'`, `'ja-JP'`; English otherwise) with overrides.
 *
 * @example
 * checklistLabelsFor('ja', { checklistAllDone: 'おめでとう！' }).checklistItemDone; // '完了'
 */
export const checklistLabelsFor: LabelsFor<ChecklistLabels> = shipped.labelsFor;
