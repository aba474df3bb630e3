/** One problem found in a definition, at the path of the offending field. */
export interface DefinitionIssue {
  /** Where, as a property path from the definition's root: `guides.welcome.steps[1].target`. */
  readonly path: string;
  /** What is wrong, for people: `expected an anchor name, a CSS selector or an element`. */
  readonly message: string;
  /** The guide the problem is in, when it is in one. */
  readonly guideId?: string;
  /** The tour step the problem is in, when it is in one and the step has an id. */
  readonly stepId?: string;
}

/**
 * One line for an issue, starting with its path.
 *
 * @example
 * formatIssue({ path: 'guides.tip.body', message: 'a tooltip needs a body' });
 * // 'guides.tip.body: a tooltip needs a body'
 */
export function formatIssue(issue: DefinitionIssue): string {
  return `${issue.path === '' ? 'definition' : issue.path}: ${issue.message}`;
}
