/** An object read as a bag of fields; only its own properties count. */
export type Dict = { readonly [key: string]: unknown };

/** True for an object that is not an array or a function. */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of `dict`; inherited properties (`toString`, `__proto__`) read as absent. */
export function field(dict: Dict, key: string): unknown {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

/** The own keys of `dict` whose value is not `undefined`. */
export function presentKeys(dict: Dict): string[] {
  return Object.keys(dict).filter((key) => dict[key] !== undefined);
}
