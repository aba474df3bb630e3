import { quote } from './quote';
import type { DefinitionPart, ReadDefinition } from './read-definition';
import { report } from './validation-context';

interface Dependent {
  readonly part: DefinitionPart;
  readonly kind: 'segment' | 'guide';
  readonly name: string;
  readonly path: string;
}

/**
 * The parts a parsed definition keeps: those without issues whose every reference is to a kept
 * part. A part that loses what it refers to is reported once, at the first reference found lost,
 * and the loss spreads (a guide that needs a dropped segment goes, and so do guides that need
 * that guide). Each reference is followed once, so the cost is linear in the definition's size
 * even for a long chain of guides or segments that all use each other.
 */
export function dropBrokenParts(definition: ReadDefinition): ReadonlySet<DefinitionPart> {
  const byName = {
    segment: new Map(definition.segments.map((part) => [part.name, part])),
    guide: new Map(definition.guides.map((part) => [part.name, part])),
  };
  const parts = [
    ...definition.segments,
    ...definition.tiers,
    ...definition.guides,
    ...definition.center,
  ];
  const kept = new Set(parts.filter((part) => part.context.issues.length === 0));
  const dependents = new Map<DefinitionPart, Dependent[]>();
  const dropped: DefinitionPart[] = parts.filter((part) => !kept.has(part));
  const drop = ({ part, kind, name, path }: Dependent): void => {
    if (!kept.delete(part)) return;
    report(part.context, path, `refers to ${kind} ${quote(name)}, which was dropped`);
    dropped.push(part);
  };
  for (const part of parts) {
    const { segments, guides } = part.context.references;
    for (const [kind, references] of [
      ['segment', segments],
      ['guide', guides],
    ] as const) {
      for (const { name, path } of references) {
        const target = byName[kind].get(name);
        const dependent = { part, kind, name, path };
        if (target === undefined) drop(dependent);
        else if (dependents.has(target)) dependents.get(target)?.push(dependent);
        else dependents.set(target, [dependent]);
      }
    }
  }
  for (let head = 0; head < dropped.length; head++) {
    const lost = dropped[head] as DefinitionPart;
    for (const dependent of dependents.get(lost) ?? []) drop(dependent);
  }
  return kept;
}
