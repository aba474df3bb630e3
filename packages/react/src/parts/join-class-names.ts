/**
 * One class attribute from several names, in order, leaving out missing and empty ones;
 * `undefined` when none is left, so no empty `class=""` is rendered.
 *
 * @example
 * joinClassNames('gp-title', undefined, 'brand-title'); // 'gp-title brand-title'
 */
export function joinClassNames(...names: readonly (string | undefined)[]): string | undefined {
  const present = names.filter((name): name is string => name !== undefined && name !== '');
  return present.length === 0 ? undefined : present.join(' ');
}
