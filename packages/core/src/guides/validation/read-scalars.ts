import { DEFINITION_LIMITS } from '../definition-limits';
import { classifyHref } from '../classify-href';
import { parseDateInput } from './parse-date-input';
import { quote } from './quote';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** Reads one value at `path`: the value to keep, or `undefined` after reporting why not. */
export type Reader<T> = (context: ValidationContext, path: string, value: unknown) => T | undefined;

const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A duration: a number and one of the units s, m, h, d, w. */
export const DURATION = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/;

/** A string within the length cap, possibly empty. */
export const readString: Reader<string> = (context, path, value) => {
  if (typeof value !== 'string') return void report(context, path, 'expected a string');
  if (value.length > DEFINITION_LIMITS.stringLength) {
    return void report(context, path, `longer than ${DEFINITION_LIMITS.stringLength} characters`);
  }
  return value;
};

/** A non-empty string within the length cap. */
export const readText: Reader<string> = (context, path, value) => {
  if (typeof value === 'string' && value.trim() === '') {
    return void report(context, path, 'expected a non-empty string');
  }
  return readString(context, path, value);
};

/** An id: a non-empty string without whitespace, and not a name objects reserve. */
export const readId: Reader<string> = (context, path, value) => {
  if (typeof value !== 'string') {
    return void report(context, path, 'expected an id: a non-empty string without whitespace');
  }
  if (value === '' || /\s/u.test(value)) {
    return void report(
      context,
      path,
      `invalid id ${quote(value)}; ids are non-empty and contain no whitespace`,
    );
  }
  if (RESERVED_IDS.has(value)) {
    return void report(
      context,
      path,
      `invalid id ${quote(value)}; __proto__, constructor and prototype are reserved`,
    );
  }
  return readString(context, path, value);
};

/** `true` or `false`. */
export const readBoolean: Reader<boolean> = (context, path, value) =>
  typeof value === 'boolean' ? value : void report(context, path, 'expected true or false');

/** A finite number. */
export const readFiniteNumber: Reader<number> = (context, path, value) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : void report(context, path, 'expected a finite number');

/** A whole number of 1 or more. */
export const readPositiveInteger: Reader<number> = (context, path, value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? value
    : void report(context, path, 'expected a positive integer');

/** A number of milliseconds above 0. */
export const readPositiveMilliseconds: Reader<number> = (context, path, value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : void report(context, path, 'expected a positive number of milliseconds');

/** A reader of one of a fixed set of strings, which says what the set is. */
export type OneOfReader<T extends string> = Reader<T> & { readonly options: readonly T[] };

/** One of a fixed set of strings. */
export function readOneOf<T extends string>(options: readonly T[]): OneOfReader<T> {
  const read: Reader<T> = (context, path, value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? (value as T)
      : void report(context, path, `expected one of ${options.join(', ')}`);
  return Object.assign(read, { options });
}

/** A reader of a list whose entries `items` reads, which says so (the schema is derived from it). */
export type ListReader<T> = Reader<T[]> & { readonly items: Reader<T> };

/**
 * A reader of an object of entries keyed by name, which says how: keys match `keys`, and `values`
 * reads each entry (the schema is derived from it).
 */
export type RecordReader<T> = Reader<Record<string, T>> & {
  readonly keys: RegExp;
  readonly values: Reader<T>;
};

/** A date as a definition may write it, kept as written; a `Date` only in code, as JSON has none. */
export const readDate: Reader<string | number | Date> = (context, path, value) => {
  if (parseDateInput(value) !== undefined && (context.code || !(value instanceof Date))) {
    return value as string | number | Date;
  }
  const forms = context.code
    ? 'an ISO 8601 string, epoch milliseconds or a Date'
    : 'an ISO 8601 string or epoch milliseconds';
  return void report(context, path, `expected a date: ${forms}`);
};

/** A positive duration: a number and one of the units s, m, h, d, w. */
export const readDuration: Reader<string> = (context, path, value) => {
  const match = typeof value === 'string' ? DURATION.exec(value) : null;
  if (match === null || !(Number(match[1]) > 0)) {
    return void report(context, path, "expected a duration such as '30m', '24h', '7d' or '2w'");
  }
  return value as string;
};

/** A link Guidepost follows: http(s), relative or mailto. */
export const readHref: Reader<string> = (context, path, value) => {
  const href = readText(context, path, value);
  if (href === undefined) return undefined;
  if (classifyHref(href) !== undefined) return href;
  return void report(
    context,
    path,
    `unsafe link ${quote(href)}; expected an http(s), relative or mailto URL`,
  );
};

/** A media source: http(s) or relative. */
export const readMediaSrc: Reader<string> = (context, path, value) => {
  const src = readText(context, path, value);
  if (src === undefined) return undefined;
  const kind = classifyHref(src);
  if (kind === 'http' || kind === 'relative') return src;
  return void report(
    context,
    path,
    `unsafe media source ${quote(src)}; expected an http(s) or relative URL`,
  );
};
