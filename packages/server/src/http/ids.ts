import { HttpError } from './responses';

/**
 * What an id (user, event, idempotency key) may hold: letters, digits and `_ - . : @ + = |`, at
 * most 128 characters. Anything else (quotes, spaces, semicolons, control characters) is refused
 * before it reaches a query or a log line.
 */
const ID_PATTERN = /^[A-Za-z0-9_.:@+=|-]{1,128}$/;

/** Whether `value` is an id Guidepost accepts. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Returns `value` as an id, or throws a 400 naming `field`. */
export function requireId(value: unknown, field: string): string {
  if (isValidId(value)) return value;
  throw new HttpError(
    400,
    'invalid_id',
    `${field} must be 1 to 128 letters, digits or _ - . : @ + = | characters.`,
  );
}
