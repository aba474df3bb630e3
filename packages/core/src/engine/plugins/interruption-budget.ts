import {
  installInterruptionBudget,
  interruptionBudgetState,
  interruptionReasons,
  nextBudgetBoundary,
  noteOpened,
  noteRequested,
} from '../pacing/interruption-budget';
import type { InterruptionBudget } from '../pacing/interruption-budget';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Paces modal guides that open on their own (tours and announcements): the least gap after
 * one closes, and caps per session and per day. Shows asked for through `start(id)` are never
 * held back. Without it, a modal guide opens whenever it is eligible and the channel is free.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [interruptionBudget({ gap: '10m', perDay: 2 })] });
 */
export function interruptionBudget(budget?: InterruptionBudget): GuidepostPlugin {
  return {
    name: 'interruptionBudget',
    parts: {
      pacing: {
        install: (core) => installInterruptionBudget(core, budget),
        requested: noteRequested,
        opened: noteOpened,
        reasons: interruptionReasons,
        state: interruptionBudgetState,
        boundary: nextBudgetBoundary,
      },
    },
  };
}
