const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Fills a label's `{name}` placeholders. A placeholder without a value is left as written,
 * so a missing value shows up in review instead of vanishing; only the values' own keys are
 * read, never inherited ones such as `{constructor}`.
 *
 * @example
 * formatLabel('Step {current} of {total}', { current: 2, total: 5 }); // 'Step 2 of 5'
 */
export function formatLabel(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
