/** An ISO 8601 date or date-time as definitions write it (calendar checks come after). */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/** The largest distance from the epoch a `Date` can hold, in ms. */
const MAX_TIME = 8.64e15;

/**
 * Epoch milliseconds for a date as a definition may write it, or `undefined` when it is not one:
 * an ISO 8601 date or date-time string (`2026-12-01`, `2026-12-01T09:00`, `2026-12-01T09:00:00Z`,
 * `…+09:00`; a date-time without an offset is local time, a date alone is UTC, as `Date` reads
 * them), epoch milliseconds, or a valid `Date`. Impossible calendar dates (`2026-02-30`), which
 * `Date.parse` would roll over, are refused.
 */
export function parseDateInput(value: unknown): number | undefined {
  if (typeof value === 'number') return Math.abs(value) <= MAX_TIME ? value : undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return undefined;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return undefined;
  if (second !== undefined && Number(second) > 59) return undefined;
  if (offsetHour !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59)) {
    return undefined;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
