/**
 * A JSON Schema (draft 2020-12) as plain data: the keywords the definition schema uses, and
 * room for the rest.
 */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** A reference to a definition under `$defs`. */
export function ref(name: string): JsonSchema {
  return { $ref: `#/$defs/${name}` };
}
