import { useEffect, useRef } from 'react';
import type { Announcer } from '../dom/create-announcer';
import { formatLabel } from '../i18n/format-label';
import type { ChecklistLabels } from './checklist-labels';
import type { ChecklistItemState } from './use-checklist';

/** What {@link useCompletionAnnouncements} needs. */
export interface CompletionAnnouncementOptions {
  readonly items: readonly ChecklistItemState[];
  /** "3 of 5 done", said after the items. */
  readonly progressText: string;
  /** Every item is done. */
  readonly allDone: boolean;
  /** The checklist is on screen; ticks while it is not are taken in silently. */
  readonly active: boolean;
  /**
   * The user's stored progress is loaded (the engine's `ready`). Until then the items shown are
   * not what the user has done, and what loading adds is old news, taken in silently.
   */
  readonly ready: boolean;
  readonly labels: ChecklistLabels;
}

/**
 * Says each newly ticked item once through the polite live region ("Completed: Invite a
 * teammate. 3 of 5 done"), with "All done!" after the last: only what the user did in this page
 * view. Items done in an earlier visit (loaded with the user's progress, however late), before
 * the checklist showed, or while it was hidden, are not announced; a re-render or a StrictMode
 * re-run of effects never repeats one.
 */
export function useCompletionAnnouncements(
  announcer: Announcer,
  { items, progressText, allDone, active, ready, labels }: CompletionAnnouncementOptions,
): void {
  const known = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const done = new Set(items.filter((item) => item.done).map((item) => item.id));
    // No baseline before the user's progress is loaded: the first loaded state is it.
    const before = ready ? known.current : null;
    known.current = ready ? done : null;
    if (before === null || !active) return;
    const ticked = items.filter((item) => item.done && !before.has(item.id));
    if (ticked.length === 0) return;
    const names = ticked.map((item) => item.item.label).join(', ');
    const said = formatLabel(labels.checklistItemCompleted, {
      item: names,
      progress: progressText,
    });
    announcer.announce(allDone ? `${said} ${labels.checklistAllDone}` : said);
  }, [announcer, items, progressText, allDone, active, ready, labels]);
}
