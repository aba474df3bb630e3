import { readEpochMs } from './to-epoch-ms';

const MAX_TEXT = 60;
const MAX_ITEMS = 5;
const MAX_DEPTH = 2;

/** A value as an explanation prints it: `'free'`, `3`, `null`, `['a', 'b']`. */
export function formatValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') {
    return value.length > MAX_TEXT ? `'${value.slice(0, MAX_TEXT)}…'` : `'${value}'`;
  }
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (value instanceof Date) {
    const time = readEpochMs(value);
    return time === undefined ? 'an invalid date' : new Date(time).toISOString();
  }
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return '[…]';
    const items = value.slice(0, MAX_ITEMS).map((item: unknown) => formatValue(item, depth + 1));
    if (value.length > MAX_ITEMS) items.push('…');
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A list of operands: `'pro', 'enterprise'`, or `nothing` when empty. */
export function formatList(values: readonly unknown[]): string {
  return values.length === 0 ? 'nothing' : values.map((value) => formatValue(value)).join(', ');
}

/** `1 time`, `3 times`. */
export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
