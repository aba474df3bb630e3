import type { DateInput } from './types';

/** Milliseconds in one day. */
export const MS_PER_DAY = 86_400_000;

/** The largest distance from the epoch a `Date` can hold, in ms. */
const MAX_EPOCH_MS = 8.64e15;

/**
 * Reads a moment as epoch milliseconds: an ISO 8601 string, epoch ms or a `Date`. Invalid
 * input gives `undefined`.
 *
 * Strings are `YYYY-MM-DD`, optionally followed by `THH:mm`, `:ss`, a fraction and an offset
 * (`Z`, `+09:00`, `+0900`, `+09`). A bare date is UTC midnight, and a time without an offset is
 * read as UTC too, so a rule gives the same answer in every time zone.
 *
 * @example
 * toEpochMs('2026-12-01'); // 1796083200000
 * toEpochMs('2026-12-01T09:00:00+09:00'); // 1796083200000
 * toEpochMs('yesterday'); // undefined
 */
export function toEpochMs(input: DateInput): number | undefined {
  return readEpochMs(input);
}

/** `toEpochMs` for a value of any type, as user attributes are. */
export function readEpochMs(value: unknown): number | undefined {
  if (typeof value === 'string') return parseIsoDate(value);
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= MAX_EPOCH_MS ? value : undefined;
  }
  if (value instanceof Date) return readDate(value);
  return undefined;
}

function readDate(value: Date): number | undefined {
  let time: number;
  try {
    // An object that only inherits from Date.prototype makes getTime throw.
    time = Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
  return Number.isNaN(time) ? undefined : time;
}

/**
 * `YYYY-MM-DD`, then optionally `THH:mm`, `:ss`, a fraction and an offset. Linear: each part
 * starts with a character the part before it cannot take, so nothing backtracks.
 */
const ISO_DATE =
  /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)?)?$/;

/** Strict ISO 8601: no `Date.parse` leniency or local time; the calendar date must exist. */
function parseIsoDate(text: string): number | undefined {
  const match = text.length <= 40 ? ISO_DATE.exec(text) : null;
  if (match === null) return undefined;
  const part = (index: number): number => Number(match[index] ?? 0);
  const month = part(2) - 1;
  const hours = part(4);
  const minutes = part(5);
  const seconds = part(6);
  const offsetHours = part(9);
  const offsetMinutes = part(10);
  const date = new Date(0);
  // `setUTCFullYear`, unlike `Date.UTC`, keeps years 0–99 as they are; a day the month does not
  // have rolls over into another month, which is how it is caught.
  date.setUTCFullYear(part(1), month, part(3));
  if (date.getUTCMonth() !== month || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  // The fraction is cut, not rounded, to whole milliseconds.
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000 * (match[8] === '-' ? -1 : 1);
  const epoch = date.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offset;
  return Math.abs(epoch) <= MAX_EPOCH_MS ? epoch : undefined;
}
