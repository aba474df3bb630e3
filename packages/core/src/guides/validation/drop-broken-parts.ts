import { quote } from './quote';
import type { DefinitionPart, ReadDefinition } from './read-definition';
import { report } from './validation-context';

/**
 * The parts a parsed definition keeps: those without issues whose every reference is to a kept
 * part. A part that loses what it refers to is reported at the reference, and the loss spreads
 * until nothing changes (a guide that needs a dropped segment goes, and so do guides that need
 * that guide).
 */
export function dropBrokenParts(definition: ReadDefinition): ReadonlySet<DefinitionPart> {
  const segments = new Map(definition.segments.map((part) => [part.name, part]));
  const guides = new Map(definition.guides.map((part) => [part.name, part]));
  const parts = [...definition.segments, ...definition.tiers, ...definition.guides];
  const kept = new Set(parts.filter((part) => part.context.issues.length === 0));
  let changed = true;
  while (changed) {
    changed = false;
    for (const part of kept) {
      const lost = [
        ...lostReferences(part.context.references.segments, segments, kept, 'segment'),
        ...lostReferences(part.context.references.guides, guides, kept, 'guide'),
      ];
      if (lost.length === 0) continue;
      for (const { path, message } of lost) report(part.context, path, message);
      kept.delete(part);
      changed = true;
    }
  }
  return kept;
}

function lostReferences(
  references: readonly { readonly name: string; readonly path: string }[],
  byName: ReadonlyMap<string, DefinitionPart>,
  kept: ReadonlySet<DefinitionPart>,
  kind: 'segment' | 'guide',
): { path: string; message: string }[] {
  return references
    .filter(({ name }) => {
      const target = byName.get(name);
      return target === undefined || !kept.has(target);
    })
    .map(({ name, path }) => ({
      path,
      message: `refers to ${kind} ${quote(name)}, which was dropped`,
    }));
}
