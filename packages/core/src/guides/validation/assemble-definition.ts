import type { Rule } from '../../targeting/types';
import type { CenterArticle, CenterContact } from '../center-types';
import type { DefinitionIssue } from '../definition-issue';
import type { GuideDefinition, GuidepostDefinition, TouchModel } from '../types';
import type { DefinitionPart, ReadDefinition } from './read-definition';
import { capIssues } from './cap-issues';

/**
 * Every issue of a read definition: its own, then each part's, in definition order, capped at
 * `DEFINITION_LIMITS.issues` (see `capIssues`).
 */
export function collectIssues(definition: ReadDefinition): DefinitionIssue[] {
  return capIssues([
    definition.issues,
    ...[
      ...definition.segments,
      ...definition.tiers,
      ...definition.guides,
      ...definition.center,
    ].map((part) => part.context.issues),
  ]);
}

/**
 * Builds the definition the engine reads from the kept parts: guides in definition order, and
 * every event name declared or mentioned by a kept part, first mention first.
 */
export function assembleDefinition(
  definition: ReadDefinition,
  kept: (part: DefinitionPart) => boolean,
): GuidepostDefinition {
  const segments: Record<string, Rule> = {};
  const touchModel: { high?: Rule; low?: Rule } = {};
  const guides: Record<string, GuideDefinition> = {};
  const guideIds: string[] = [];
  const events = new Set(definition.events);
  const keep = (part: DefinitionPart): boolean => {
    if (!kept(part)) return false;
    for (const event of part.context.references.events) events.add(event);
    return true;
  };
  for (const part of definition.segments) if (keep(part)) segments[part.name] = part.value as Rule;
  for (const part of definition.tiers) {
    if (keep(part)) touchModel[part.name as 'high' | 'low'] = part.value as Rule;
  }
  for (const part of definition.guides) {
    if (!keep(part)) continue;
    guides[part.name] = part.value as GuideDefinition;
    guideIds.push(part.name);
  }
  const articles: CenterArticle[] = [];
  const contacts: CenterContact[] = [];
  for (const part of definition.center) {
    if (!keep(part)) continue;
    const entry = { id: part.name, ...(part.value as object) };
    if (part.kind === 'article') articles.push(entry as CenterArticle);
    else contacts.push(entry as CenterContact);
  }
  return {
    segments,
    touchModel: touchModel as TouchModel,
    guides,
    guideIds,
    events: [...events],
    ...(definition.center.length === 0 ? {} : { center: { articles, contacts } }),
    ...(definition.anchors === undefined ? {} : { anchors: definition.anchors }),
  };
}
