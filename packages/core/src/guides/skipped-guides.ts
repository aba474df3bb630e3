import type { DefinitionIssue } from './definition-issue';
import type { GuidepostDefinition } from './types';

const skipped = new WeakMap<GuidepostDefinition, readonly DefinitionIssue[]>();

/** Records the guides a production `defineGuidepost` left out of `definition`, one issue each. */
export function recordSkippedGuides(
  definition: GuidepostDefinition,
  issues: readonly DefinitionIssue[],
): void {
  if (issues.length > 0) skipped.set(definition, issues);
}

/**
 * The issues of the guides a production `defineGuidepost` left out of `definition`, which the
 * engine reports as it reports those `parseGuidepost` drops; empty for any other definition.
 *
 * @example
 * createGuidepost(definition, { issues: [...skippedGuidesOf(definition), ...parsedIssues] });
 */
export function skippedGuidesOf(definition: GuidepostDefinition): readonly DefinitionIssue[] {
  return skipped.get(definition) ?? [];
}
