import type { Rule } from '../../targeting/types';
import { scopeNow, type EngineCore } from '../model/engine-core';

/** Rules the app watches through the engine (`useTargeting`, `useSegment`). */
export interface RuleWatchers {
  /** Whether `rule` holds for the user now; false until their progress is loaded. */
  holds(rule: Rule): boolean;
  /** Calls `onChange` whenever `rule` may have changed; returns the unsubscribe. */
  watch(rule: Rule, onChange: () => void): () => void;
  /** The rules watched now, whose time boundaries the engine's timer waits for too. */
  watched(): Rule[];
  /** Tells every watcher its rule may have changed. */
  notify(): void;
}

/**
 * The engine's answers to the app's own rules, judged by the engine's clock and usage, with the
 * engine's one timer aimed at their next time boundary too: React keeps no clock of its own.
 * A rule that cannot be read is reported once, after the read (reads happen while React
 * renders, when the engine must not change).
 *
 * @example
 * const rules = createRuleWatchers(core, () => timer?.aim(rules.watched()), reportLater);
 */
export function createRuleWatchers(
  core: EngineCore,
  reaim: () => void,
  reportLater: () => void,
): RuleWatchers {
  const watchers = new Set<{ readonly rule: Rule; readonly onChange: () => void }>();
  return {
    holds(rule) {
      if (!core.session.ready) return false;
      const holds = core.targeting.evaluate(rule, scopeNow(core));
      if (core.outbox.errors.length > 0 || core.outbox.events.length > 0) reportLater();
      return holds;
    },
    watch(rule, onChange) {
      const watcher = { rule, onChange };
      watchers.add(watcher);
      reaim();
      return () => {
        // The timer waits for the rules still watched, not for this one.
        if (watchers.delete(watcher)) reaim();
      };
    },
    watched() {
      return [...watchers].map((watcher) => watcher.rule);
    },
    notify() {
      for (const watcher of [...watchers]) watcher.onChange();
    },
  };
}
