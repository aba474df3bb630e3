/**
 * Whether two values are equal by value: primitives by `Object.is`, dates by time, arrays and
 * plain objects by their own enumerable entries, anything else (functions) by identity. Lets
 * hooks and the provider ignore a new object literal that says the same as the last one.
 *
 * @example
 * isSameValue({ id: 'u1', plan: 'pro' }, { plan: 'pro', id: 'u1' }); // true
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameValue(item, b[index]))
    );
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      isSameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
