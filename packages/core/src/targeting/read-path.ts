import { readEpochMs } from './to-epoch-ms';
import type { RuleContext } from './types';

/** Reads one user attribute from a context; `undefined` means the attribute is missing. */
export type ContextReader = (context: RuleContext) => unknown;

/**
 * Brands contexts that promise not to change (the scopes of `createTargeting`), so a reader
 * may answer every rule of one scope with a single property walk. The value names the owner.
 */
export const SNAPSHOT: unique symbol = Symbol('guidepost.snapshot');

/** A context branded as a snapshot by `owner`. */
export interface Snapshot {
  readonly [SNAPSHOT]?: object;
}

/** Segments that would walk into prototypes; a path through one reads nothing. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** Readers shared by every rule that reads the same path; bounded against unbounded input. */
const MAX_SHARED_READERS = 1024;
const valueReaders = new Map<string, ContextReader>();
const dateReaders = new Map<string, ContextReader>();

const readNothing: ContextReader = () => undefined;

function isSnapshot(context: RuleContext): boolean {
  return (context as Snapshot)[SNAPSHOT] !== undefined;
}

/** An own property of an object or array, never an inherited one. */
export function readOwn(target: unknown, key: string): unknown {
  return typeof target === 'object' && target !== null && Object.hasOwn(target, key)
    ? (target as Record<string, unknown>)[key]
    : undefined;
}

function readSegments(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (let index = 0; index < segments.length; index++) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = segments[index] as string;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Remembers the last snapshot a reader answered, so the many rules that read `plan` for one
 * scope walk the user object once; plain contexts are read afresh on every call.
 */
function rememberingLast(read: ContextReader): ContextReader {
  let lastContext: RuleContext | undefined;
  let lastValue: unknown;
  return (context) => {
    if (context === lastContext) return lastValue;
    const value = read(context);
    if (isSnapshot(context)) {
      lastContext = context;
      lastValue = value;
    }
    return value;
  };
}

function shared(
  readers: Map<string, ContextReader>,
  path: string,
  create: () => ContextReader,
): ContextReader {
  const known = readers.get(path);
  if (known !== undefined) return known;
  const reader = create();
  if (readers.size < MAX_SHARED_READERS) readers.set(path, reader);
  return reader;
}

/**
 * Compiles a dotted attribute path (`company.size`, `projects.0.name`) into a reader of the
 * context's user that walks own properties only, so it works on `Object.create(null)` objects
 * and never reaches a prototype. A path with a `__proto__`, `prototype` or `constructor`
 * segment reads nothing. Returns `undefined` for a path with an empty segment.
 */
export function compilePath(path: string): ContextReader | undefined {
  const segments = path.split('.');
  if (segments.some((segment) => segment === '')) return undefined;
  if (segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment))) return readNothing;
  return shared(valueReaders, path, () =>
    rememberingLast((context) => readSegments(context.user, segments)),
  );
}

/** Like `compilePath`, but reads the attribute as epoch ms (see `toEpochMs`). */
export function compileDatePath(path: string): ContextReader | undefined {
  const read = compilePath(path);
  if (read === undefined) return undefined;
  return shared(dateReaders, path, () => rememberingLast((context) => readEpochMs(read(context))));
}
