import type { GuidepostDefinition } from '../guides/types';

/** Which guides' audiences may change when given guides change state. */
export interface GuideDependents {
  /**
   * The guides, in no particular order, whose audience reads the state of one of `changed`,
   * directly, through segments or through the touch model; `undefined` when any guide may,
   * because a rule is a function whose reads cannot be known.
   */
  readersOf(changed: Iterable<string>): ReadonlySet<string> | undefined;
}

const TIERS = 't';
const cache = new WeakMap<GuidepostDefinition, GuideDependents>();

/**
 * The sequencing graph of a definition, built once per definition: for each guide, segment and
 * the touch model, who refers to it. A reconciliation that opened a few guides re-evaluates only
 * their readers, so a chain of 1,000 guides (`{ guide: prev, is: 'seen' }`) opens in time linear
 * in its length instead of evaluating every guide once per link.
 */
export function guideDependents(definition: GuidepostDefinition): GuideDependents {
  const known = cache.get(definition);
  if (known !== undefined) return known;
  const readers = new Map<string, string[]>();
  let opaque = false;
  const link = (from: string, to: string) => {
    const list = readers.get(from);
    if (list === undefined) readers.set(from, [to]);
    else list.push(to);
  };
  const walk = (rule: unknown, node: string): void => {
    const pending = [rule];
    while (pending.length > 0) {
      const next = pending.pop();
      if (typeof next === 'function') opaque = true;
      if (typeof next !== 'object' || next === null) continue;
      const fields = next as Partial<Record<string, unknown>>;
      if (Array.isArray(fields.all)) pending.push(...(fields.all as unknown[]));
      if (Array.isArray(fields.any)) pending.push(...(fields.any as unknown[]));
      if (fields.not !== undefined) pending.push(fields.not);
      if (typeof fields.segment === 'string') link(`s:${fields.segment}`, node);
      if (typeof fields.guide === 'string') link(`g:${fields.guide}`, node);
      if (typeof fields.tier === 'string') link(TIERS, node);
    }
  };
  for (const [name, rule] of Object.entries(definition.segments)) walk(rule, `s:${name}`);
  for (const rule of Object.values(definition.touchModel)) walk(rule, TIERS);
  for (const id of definition.guideIds) walk(definition.guides[id]?.audience, `g:${id}`);

  const dependents: GuideDependents = {
    readersOf(changed) {
      if (opaque) return undefined;
      const seen = new Set<string>();
      const pending = [...changed].map((id) => `g:${id}`);
      const found = new Set<string>();
      while (pending.length > 0) {
        const node = pending.pop() as string;
        for (const reader of readers.get(node) ?? []) {
          if (seen.has(reader)) continue;
          seen.add(reader);
          // A guide reads the state, which its own audience does not change; segments and the
          // touch model pass the change on to whoever reads them.
          if (reader.startsWith('g:')) found.add(reader.slice(2));
          else pending.push(reader);
        }
      }
      return found;
    },
  };
  cache.set(definition, dependents);
  return dependents;
}
