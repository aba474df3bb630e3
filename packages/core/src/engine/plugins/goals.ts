import { explainGoal, goalStateOf, reachGoals, restartGoal, startGoal } from '../pacing/goals';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Measures guides' goals: a guide with `goal: { event, within? }` starts a clock when it shows
 * (or when its rollout exposes a user), and a tracked goal event in time emits `goal_reached`;
 * `explain(id)` tells where it stands. Without it, goals are not measured.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [goals()] });
 */
export function goals(): GuidepostPlugin {
  return {
    name: 'goals',
    parts: {
      goals: {
        start: startGoal,
        reach: reachGoals,
        explain: explainGoal,
        state: goalStateOf,
        restart: restartGoal,
      },
    },
  };
}
