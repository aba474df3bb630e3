'use client';
import type { GuideView } from '@guidepost/core';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The ids of a checklist's items that this user sees, as the engine judges them
 * (`view.visibleItems`): items without an `audience`, and those whose audience holds now. The
 * engine re-judges them when the user, usage or the clock cross a boundary, and keeps the view
 * when nothing changed, so this never evaluates a rule itself.
 */
export function useVisibleItems(view: GuideView | undefined): readonly string[] {
  return view?.visibleItems ?? NONE;
}
