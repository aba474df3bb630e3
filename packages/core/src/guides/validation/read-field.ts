import { keyPath } from './path';
import { field } from './read';
import type { Dict } from './read';
import type { Reader } from './read-scalars';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** The validated copy being built; only fields that were read are written to it. */
export type Output = Record<string, unknown>;

/**
 * Reads `source[key]` with `read` and copies the result to `output[key]`. An absent field is
 * skipped, or reported with `missing` when the field is required.
 */
export function readField<T>(
  context: ValidationContext,
  source: Dict,
  path: string,
  output: Output,
  key: string,
  read: Reader<T>,
  missing?: string,
): T | undefined {
  context.trace?.(path, key, read, missing !== undefined);
  const value = field(source, key);
  const fieldPath = keyPath(path, key);
  if (value === undefined) {
    if (missing !== undefined) report(context, fieldPath, missing);
    return undefined;
  }
  const result = read(context, fieldPath, value);
  if (result !== undefined) output[key] = result;
  return result;
}
