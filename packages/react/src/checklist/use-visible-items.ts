'use client';
import {
  scopeInputOf,
  type ChecklistGuide,
  type Guidepost,
  type GuidepostState,
} from '@guidepost/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { targetingOf } from '../hooks/targeting-of';
import { useGuidepostContext } from '../provider/guidepost-context';

const NONE = '[]';

/** The ids of the items this user sees, as a JSON list: a string, so equal results compare equal. */
function visibleKey(
  guidepost: Guidepost,
  checklist: ChecklistGuide | undefined,
  state: GuidepostState,
  now: number,
): string {
  if (checklist === undefined) return NONE;
  const targeting = targetingOf(guidepost);
  let scope: ReturnType<typeof targeting.scope> | undefined;
  const ids = checklist.items
    .filter((item) => {
      const rule = item.audience;
      if (rule === undefined) return true;
      // Until the user's progress is in (and on the server) usage and guide states are unknown.
      if (!state.ready) return false;
      scope ??= targeting.scope(scopeInputOf(state, now));
      return targeting.evaluate(rule, scope);
    })
    .map((item) => item.id);
  return JSON.stringify(ids);
}

/**
 * The ids of a checklist's items that this user sees: items without an `audience`, and those
 * whose audience holds. The rules are the engine's own (its segments and touch model) over the
 * same facts the engine judges audiences by, and are evaluated again on every engine change.
 */
export function useVisibleItems(checklist: ChecklistGuide | undefined): readonly string[] {
  const { guidepost, now } = useGuidepostContext('useChecklist');
  const subscribe = useCallback(
    (onChange: () => void) => guidepost.subscribe(() => onChange()),
    [guidepost],
  );
  const getSnapshot = useCallback(
    () => visibleKey(guidepost, checklist, guidepost.getState(), now()),
    [guidepost, checklist, now],
  );
  const getServerSnapshot = useCallback(
    () => visibleKey(guidepost, checklist, guidepost.getInitialState(), now()),
    [guidepost, checklist, now],
  );
  const key = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return useMemo(() => JSON.parse(key) as string[], [key]);
}
