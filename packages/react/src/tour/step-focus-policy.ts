import type { StepFocus, TourStep } from '@guidepost/core';

/**
 * Where focus goes when `step` shows: its own `focus`, else `target` for a step that waits for
 * the user to act on its target (`advanceOn`), so typing in the field it points at is never
 * interrupted, else `step`.
 */
export function stepFocusOf(step: TourStep | undefined): StepFocus {
  if (step?.focus !== undefined) return step.focus;
  return step?.target !== undefined && step.advanceOn !== undefined ? 'target' : 'step';
}
