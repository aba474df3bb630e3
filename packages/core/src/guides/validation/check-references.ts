import { findSegmentCycles } from './find-segment-cycles';
import { listNames, quote } from './quote';
import type { DefinitionPart, ReadDefinition } from './read-definition';
import { report } from './validation-context';

/**
 * Checks what parts say about each other, adding the issues to the part where each reference
 * is: unknown segments and guides, anchor names the definition does not declare (when it
 * declares any), segment cycles, and touch tiers that depend on a tier.
 */
export function checkReferences(definition: ReadDefinition): void {
  const segmentNames = definition.segments.map((part) => part.name);
  const guideIds = definition.guides.map((part) => part.name);
  const segmentSet = new Set(segmentNames);
  const guideSet = new Set(guideIds);
  const anchorSet = definition.anchors === undefined ? undefined : new Set(definition.anchors);
  const parts = [
    ...definition.segments,
    ...definition.tiers,
    ...definition.guides,
    ...definition.center,
  ];
  for (const part of parts) {
    for (const { name, path } of part.context.references.segments) {
      if (!segmentSet.has(name)) {
        report(part.context, path, unknownName('segment', name, segmentNames));
      }
    }
    for (const { name, path } of part.context.references.guides) {
      if (!guideSet.has(name)) report(part.context, path, unknownName('guide', name, guideIds));
    }
    if (anchorSet === undefined) continue;
    for (const { name, path } of part.context.references.anchors) {
      if (!anchorSet.has(name)) {
        report(part.context, path, unknownName('anchor', name, definition.anchors ?? []));
      }
    }
  }
  const uses = segmentUses(definition.segments, segmentSet);
  const segmentsByName = new Map(definition.segments.map((part) => [part.name, part]));
  for (const cycle of findSegmentCycles(uses)) {
    const first = segmentsByName.get(cycle[0] ?? '');
    if (first !== undefined) report(first.context, first.path, `segment cycle ${showCycle(cycle)}`);
  }
  checkTouchModel(definition, uses);
}

/** Names shown of a long cycle: enough to find it, not a message as long as the definition. */
const CYCLE_NAMES_SHOWN = 12;

function showCycle(cycle: readonly string[]): string {
  if (cycle.length <= CYCLE_NAMES_SHOWN) return cycle.join(' → ');
  const hidden = cycle.length - CYCLE_NAMES_SHOWN;
  return [...cycle.slice(0, CYCLE_NAMES_SHOWN - 1), `… ${hidden} more`, cycle.at(-1)].join(' → ');
}

function unknownName(
  kind: 'segment' | 'guide' | 'anchor',
  name: string,
  known: readonly string[],
): string {
  const expected =
    known.length === 0 ? `the definition has no ${kind}s` : `expected one of ${listNames(known)}`;
  return `unknown ${kind} ${quote(name)}; ${expected}`;
}

function segmentUses(
  segments: readonly DefinitionPart[],
  known: ReadonlySet<string>,
): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const part of segments) {
    const names = part.context.references.segments.map((reference) => reference.name);
    uses.set(
      part.name,
      [...new Set(names)].filter((name) => known.has(name)),
    );
  }
  return uses;
}

/** A tier rule in the touch model, directly or through segments, would define tiers by themselves. */
function checkTouchModel(definition: ReadDefinition, uses: ReadonlyMap<string, string[]>): void {
  const usesTier = new Map<string, boolean>();
  const tierRules = new Map(
    definition.segments.map((part) => [part.name, part.context.references.tiers.length > 0]),
  );
  const dependsOnTier = (name: string, visiting: Set<string>): boolean => {
    const known = usesTier.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return false;
    visiting.add(name);
    const result =
      tierRules.get(name) === true ||
      (uses.get(name) ?? []).some((next) => dependsOnTier(next, visiting));
    visiting.delete(name);
    usesTier.set(name, result);
    return result;
  };
  for (const part of definition.tiers) {
    for (const path of part.context.references.tiers) {
      report(part.context, path, 'the touch model cannot use tier rules: it defines the tiers');
    }
    for (const { name, path } of part.context.references.segments) {
      if (uses.has(name) && dependsOnTier(name, new Set())) {
        report(
          part.context,
          path,
          `segment ${quote(name)} uses a tier rule, which the touch model cannot: it defines the tiers`,
        );
      }
    }
  }
}
