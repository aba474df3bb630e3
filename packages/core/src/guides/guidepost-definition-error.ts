import { GuidepostError } from '../errors/guidepost-error';
import type { GuidepostErrorDetails } from '../errors/guidepost-error';
import { formatIssue } from './definition-issue';
import type { DefinitionIssue } from './definition-issue';

/**
 * Thrown by `defineGuidepost` for an invalid definition. Its message lists every problem, one
 * per line, each starting with its path; `issues` holds the same list for programs. `path`,
 * `guideId` and `stepId` are those of the first problem.
 */
export class GuidepostDefinitionError extends GuidepostError {
  /** Every problem found, in definition order. */
  readonly issues: readonly DefinitionIssue[];

  constructor(issues: readonly DefinitionIssue[]) {
    super('invalid_definition', issues.map(formatIssue).join('\n'), detailsOf(issues[0]));
    this.name = 'GuidepostDefinitionError';
    this.issues = issues;
  }
}

function detailsOf(issue: DefinitionIssue | undefined): GuidepostErrorDetails {
  if (issue === undefined) return {};
  return {
    path: issue.path,
    ...(issue.guideId === undefined ? {} : { guideId: issue.guideId }),
    ...(issue.stepId === undefined ? {} : { stepId: issue.stepId }),
  };
}
