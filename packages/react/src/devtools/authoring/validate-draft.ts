import { formatIssue, parseGuidepost, type GuidepostDefinition } from '@guidepost/core';

/** A rule that always reads as valid, standing in for each of the app's segments. */
const STAND_IN = { attr: 'id', exists: true } as const;

/**
 * Every problem the definition validator (`parseGuidepost`, which `defineGuidepost` shares)
 * finds in guide `id`, one line each with its path; empty when the guide is valid. The app's
 * segments are known by name, so `{ segment: 'trial' }` checks out when the app has `trial`;
 * the segments' own rules were checked where the app defines them.
 *
 * @example
 * validateDraft(definition, 'invite', guide); // ["guides.invite.steps[0]: needs a title or a body"]
 */
export function validateDraft(
  definition: GuidepostDefinition,
  id: string,
  guide: unknown,
): string[] {
  const segments = Object.fromEntries(
    Object.keys(definition.segments).map((name) => [name, STAND_IN]),
  );
  const { issues } = parseGuidepost({ segments, guides: { [id]: guide } });
  return issues.map(formatIssue);
}
