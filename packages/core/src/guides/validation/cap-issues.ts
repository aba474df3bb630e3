import type { DefinitionIssue } from '../definition-issue';
import { DEFINITION_LIMITS } from '../definition-limits';
import { createIssue } from './validation-context';

/**
 * At most `DEFINITION_LIMITS.issues` issues, in order, and one line for the rest, so a hostile
 * definition cannot make its caller log a million lines. The first issue of every group (a
 * part of the definition) is always kept, so every dropped guide is still reported: past the
 * cap, a group keeps only its first issue.
 */
export function capIssues(groups: readonly (readonly DefinitionIssue[])[]): DefinitionIssue[] {
  const total = groups.reduce((sum, group) => sum + group.length, 0);
  if (total <= DEFINITION_LIMITS.issues) return groups.flat();
  let spare = DEFINITION_LIMITS.issues - groups.filter((group) => group.length > 0).length;
  const kept: DefinitionIssue[] = [];
  for (const group of groups) {
    const extra = Math.max(0, Math.min(group.length - 1, spare));
    spare -= extra;
    kept.push(...group.slice(0, 1 + extra));
  }
  const left = total - kept.length;
  if (left === 0) return kept;
  kept.push(
    createIssue(
      '',
      `${left.toLocaleString('en-US')} more issues not listed (over the cap of ` +
        `${DEFINITION_LIMITS.issues.toLocaleString('en-US')})`,
    ),
  );
  return kept;
}
