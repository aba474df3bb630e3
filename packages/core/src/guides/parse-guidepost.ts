import { createIssue } from './validation/validation-context';
import type { DefinitionIssue } from './definition-issue';
import type { GuidepostDefinition } from './types';
import { assembleDefinition, collectIssues } from './validation/assemble-definition';
import { checkReferences } from './validation/check-references';
import { dropBrokenParts } from './validation/drop-broken-parts';
import { readDefinition } from './validation/read-definition';

/** What `parseGuidepost` returns: the valid part of the definition, and what was left out. */
export interface ParseGuidepostResult {
  /** Only what passed validation; every reference in it is to something in it. */
  readonly definition: GuidepostDefinition;
  /** Everything that was wrong, one issue per problem, with its path. */
  readonly issues: readonly DefinitionIssue[];
}

/**
 * Reads a definition that arrives as data (from a server, a CMS, storage) and keeps what is
 * valid. Never throws, whatever it is given: a JSON string is parsed first, and anything else is
 * read as the parsed value.
 *
 * - An invalid guide is dropped on its own; the others stay.
 * - An invalid segment is dropped, and so is every guide, segment or touch tier that refers to it
 *   (each reported at the reference); a guide that refers to a dropped guide goes the same way.
 * - An invalid touch model tier is dropped, and so is an invalid guide center article or contact
 *   entry, alone.
 * - Functions, elements and refs cannot arrive as data: rules are JSON only, targets are anchor
 *   names or selectors.
 * - Sizes are capped (`DEFINITION_LIMITS`): 1,000 guides and 1,000 segments (the rest dropped),
 *   200 steps per tour and 200 items per checklist, 1,000 guide center articles and 200 contact
 *   entries (the rest dropped) with 50 locales each, rules nested 32 deep, 1,000 entries in any
 *   other list, 20,000 characters in any string, and selectors of 1,000 characters, 32 entries
 *   and parentheses 4 deep; whatever exceeds a cap is rejected.
 * - The time and memory it takes grow linearly with the input: segments that use each other
 *   are reported once per loop, each dropped part once, and at most 1,000 issues are listed
 *   (then one that counts the rest; every dropped guide keeps its first issue).
 *
 * Only fields Guidepost knows are copied into the result, so unknown fields (`__proto__`
 * included) never reach the engine.
 *
 * @example
 * const { definition, issues } = parseGuidepost(await response.json());
 * for (const issue of issues) console.warn(formatIssue(issue));
 * const guidepost = createGuidepost(definition, { user });
 */
export function parseGuidepost(json: unknown): ParseGuidepostResult {
  try {
    let input = json;
    if (typeof json === 'string') {
      try {
        input = JSON.parse(json) as unknown;
      } catch {
        return { definition: emptyDefinition(), issues: [createIssue('', 'not valid JSON')] };
      }
    }
    const read = readDefinition(input, false);
    checkReferences(read);
    const kept = dropBrokenParts(read);
    return {
      definition: assembleDefinition(read, (part) => kept.has(part)),
      issues: collectIssues(read),
    };
  } catch {
    return { definition: emptyDefinition(), issues: [createIssue('', 'could not be read')] };
  }
}

function emptyDefinition(): GuidepostDefinition {
  return { segments: {}, touchModel: {}, guides: {}, guideIds: [], events: [] };
}
