import { getOwn } from './own-record';

/**
 * Reads one optional field: `undefined` when it is absent, the value when `accept` takes it,
 * and `undefined` plus an issue at `path` when it is present but unusable.
 */
export function readField<T>(
  record: Readonly<Record<string, unknown>>,
  field: string,
  path: string,
  issues: string[],
  accept: (value: unknown) => T | undefined,
): T | undefined {
  const value = getOwn(record, field);
  if (value === undefined) return undefined;
  const accepted = accept(value);
  if (accepted === undefined) issues.push(`${path}.${field}`);
  return accepted;
}

/** A finite number, with `-0` read as `0` so it survives a JSON round trip unchanged. */
export function asFinite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value + 0 : undefined;
}

/** A whole number, 0 or more. */
export function asCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value + 0
    : undefined;
}

/** A string. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
