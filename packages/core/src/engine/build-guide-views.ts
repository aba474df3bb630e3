import type { GuidepostError } from '../errors/guidepost-error';
import type { Snapshot } from '../persistence/types';
import { currentProgress, storedProgress } from './progress/current-progress';
import type { GuideSettings } from './model/guide-settings';
import { resolveStep } from './progress/resolve-step';
import type { GuideView } from './model/types';

/** What the views are built from. */
export interface GuideViewInput {
  readonly ids: readonly string[];
  readonly settings: ReadonlyMap<string, GuideSettings>;
  readonly snapshot: Snapshot;
  readonly open: ReadonlySet<string>;
  readonly errors: ReadonlyMap<string, GuidepostError>;
  /** The items each checklist's user sees, by checklist id. */
  readonly visibleItems: (checklistId: string) => readonly string[];
  /** The step of a tour shown centred because its target is missing, by tour id. */
  readonly centeredStep?: (tourId: string) => string | undefined;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((id, at) => id === b[at]);
}

function sameView(a: GuideView, b: GuideView): boolean {
  return (
    a.status === b.status &&
    a.open === b.open &&
    a.stepIndex === b.stepIndex &&
    a.stepId === b.stepId &&
    a.stepCount === b.stepCount &&
    a.shows === b.shows &&
    a.version === b.version &&
    a.items === b.items &&
    sameList(a.visibleItems, b.visibleItems) &&
    a.error === b.error &&
    a.centered === b.centered
  );
}

/**
 * Builds one view per guide, reusing the previous object for every guide that did not change
 * (and the previous record when none did), so selectors see stable identities.
 */
export function buildGuideViews(
  previous: Readonly<Record<string, GuideView>> | undefined,
  input: GuideViewInput,
): Readonly<Record<string, GuideView>> {
  const entries: [string, GuideView][] = [];
  let changed = previous === undefined || Object.keys(previous).length !== input.ids.length;
  for (const id of input.ids) {
    const settings = input.settings.get(id);
    if (settings === undefined) continue;
    const view = viewOf(id, settings, input);
    const before = previous !== undefined && Object.hasOwn(previous, id) ? previous[id] : undefined;
    const kept = before !== undefined && sameView(before, view) ? before : view;
    if (kept !== before) changed = true;
    entries.push([id, kept]);
  }
  // fromEntries defines own properties, so an id such as `__proto__` stays a plain key.
  return changed || previous === undefined ? Object.fromEntries(entries) : previous;
}

function viewOf(id: string, settings: GuideSettings, input: GuideViewInput): GuideView {
  const progress = currentProgress(storedProgress(input.snapshot, id), settings.version);
  const position = resolveStep(progress, settings.stepIds);
  const error = input.errors.get(id);
  const view: GuideView = {
    id,
    kind: settings.kind,
    status: progress.status,
    open: input.open.has(id),
    stepIndex: position.stepIndex,
    stepId: position.stepId,
    stepCount: Math.max(settings.stepIds.length, 1),
    shows: progress.shows,
    version: settings.version,
  };
  const checklist =
    settings.kind === 'checklist'
      ? { items: progress.items ?? NO_ITEMS, visibleItems: input.visibleItems(id) }
      : {};
  const centered =
    position.stepId !== undefined && input.centeredStep?.(id) === position.stepId
      ? { centered: true }
      : {};
  return { ...view, ...checklist, ...centered, ...(error === undefined ? {} : { error }) };
}

const NO_ITEMS: Readonly<Record<string, number>> = Object.freeze({});
