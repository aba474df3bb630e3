/** The longest user id Guidepost stores or hashes; longer ids are refused. */
export const USER_ID_MAX_LENGTH = 512;

/** A user id as Guidepost reads it: the id, or why there is none. */
export interface UserIdReading {
  /** The id as a string; `undefined` for an anonymous user or a refused id. */
  readonly id: string | undefined;
  /** Why the given id was refused, for people; absent when it was read or absent. */
  readonly problem?: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Reads a user's `id`: a non-empty string of at most `USER_ID_MAX_LENGTH` characters or a
 * finite number (read as its decimal string). No id (`undefined`, `null`, `''`) is an anonymous
 * user. Anything else is refused with a reason rather than coerced, so `{}` never becomes
 * `"[object Object]"`, an id every such user would share, and a megabyte id never becomes a
 * storage key.
 *
 * @example
 * readUserId(42); // { id: '42' }
 * readUserId({}); // { id: undefined, problem: 'user.id must be a string or a finite number, …' }
 */
export function readUserId(value: unknown): UserIdReading {
  if (value === undefined || value === null || value === '') return { id: undefined };
  if (typeof value === 'number' && Number.isFinite(value)) return { id: String(value) };
  if (typeof value === 'string') {
    if (value.length <= USER_ID_MAX_LENGTH) return { id: value };
    return {
      id: undefined,
      problem:
        `user.id is ${value.length.toLocaleString('en-US')} characters long; at most ` +
        `${USER_ID_MAX_LENGTH} are allowed`,
    };
  }
  return {
    id: undefined,
    problem: `user.id must be a string or a finite number, got ${describe(value)}`,
  };
}
