import type { AxeBuilder } from '@axe-core/playwright';

/** The violations axe reports for a page. */
export type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/**
 * One readable line per offending node: the rule id, its impact and summary, the node's
 * selector and what axe says would fix it.
 *
 * @example
 * describeViolations((await new AxeBuilder({ page }).analyze()).violations);
 * // ['axe color-contrast (serious) at .gp-tour-next: Elements must meet minimum color contrast …']
 */
export function describeViolations(violations: AxeViolations): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const fix = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
      return `axe ${violation.id} (${violation.impact ?? 'unknown'}) at ${node.target.join(' ')}: ${violation.help}. ${fix}`;
    }),
  );
}
