import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe over `context` in the page and fails with each violated rule, its help text and
 * the offending nodes, so the report says what to fix.
 *
 * @example
 * await expectNoAxeViolations(screen.getByRole('status').parentElement!);
 */
export async function expectNoAxeViolations(
  context: Element | Document = document,
  options: axe.RunOptions = {},
): Promise<void> {
  const results = await axe.run(context, options);
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.html),
  }));
  expect(violations).toEqual([]);
}
