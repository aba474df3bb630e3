/** How many ms one of each duration unit lasts. */
const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Linear-time: one run of digits, an optional fraction, one unit letter. */
const DURATION = /^(\d{1,15}(?:\.\d{1,15})?)([smhdw])$/;

/**
 * Reads a duration (`'45s'`, `'30m'`, `'24h'`, `'7d'`, `'2w'`, `'1.5h'`) as milliseconds.
 * Anything else, negative numbers included, gives `undefined`.
 *
 * @example
 * parseDuration('7d'); // 604800000
 * parseDuration('7 days'); // undefined
 */
export function parseDuration(input: string): number | undefined {
  if (typeof input !== 'string') return undefined;
  const match = DURATION.exec(input);
  if (match === null) return undefined;
  const [, amount, unit] = match;
  const unitMs = unit === undefined ? undefined : UNIT_MS[unit];
  if (amount === undefined || unitMs === undefined) return undefined;
  return Number(amount) * unitMs;
}
