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

/** The number held by `count` decimal digits at `start`, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date; `Date.UTC` maps years 0–99 to 19xx. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Offset east of UTC in ms, from `index` to the end of `text`; undefined when malformed. */
function parseOffset(text: string, index: number): number | undefined {
  const length = text.length;
  if (index === length) return 0;
  const sign = text[index];
  if ((sign === 'Z' || sign === 'z') && index + 1 === length) return 0;
  if (sign !== '+' && sign !== '-') return undefined;
  const hours = digitsAt(text, index + 1, 2);
  let minutes: number;
  if (length === index + 3) minutes = 0;
  else if (length === index + 6 && text[index + 3] === ':') minutes = digitsAt(text, index + 4, 2);
  else if (length === index + 5) minutes = digitsAt(text, index + 3, 2);
  else return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  const offset = (hours * 60 + minutes) * 60_000;
  return sign === '-' ? -offset : offset;
}

/** A hand-written parser: no regex backtracking, no `Date.parse` leniency or local time. */
function parseIsoDate(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || length > 40 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  const dayMs = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (length === 10) return dayMs;

  const separator = text[10];
  if (separator !== 'T' && separator !== 't' && separator !== ' ') return undefined;
  if (text[13] !== ':') return undefined;
  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  let seconds = 0;
  let millis = 0;
  let index = 16;
  if (text[index] === ':') {
    seconds = digitsAt(text, index + 1, 2);
    if (seconds < 0 || seconds > 59) return undefined;
    index += 3;
    if (text[index] === '.' || text[index] === ',') {
      index++;
      const start = index;
      let scale = 100;
      for (let digit = text.charCodeAt(index) - 48; digit >= 0 && digit <= 9;) {
        millis += digit * scale;
        scale /= 10;
        index++;
        digit = text.charCodeAt(index) - 48;
      }
      if (index === start) return undefined;
      millis = Math.floor(millis);
    }
  }
  const offset = parseOffset(text, index);
  if (offset === undefined) return undefined;
  const epoch = dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offset;
  return Math.abs(epoch) <= MAX_EPOCH_MS ? epoch : undefined;
}
