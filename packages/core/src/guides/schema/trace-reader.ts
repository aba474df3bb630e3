import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath } from '../validation/path';
import { createContext } from '../validation/validation-context';
import type { ValidationContext } from '../validation/validation-context';
import type { JsonSchema } from './json-schema';
import type { AnyReader } from './leaf-schemas';
import { closed, LEAF_SCHEMAS } from './leaf-schemas';

/** One field a reader read: its name, its reader and whether it is required. */
export interface TracedField {
  readonly key: string;
  readonly read: AnyReader;
  readonly required: boolean;
}

type Read = (context: ValidationContext, path: string, value: unknown) => unknown;

const PROBE = 'probe';

/**
 * Runs `read` on `value` as JSON input and records the fields it reads at `at` (a path under
 * the probe), in order, once each; and whether it reported a problem with the probe itself.
 */
export function traceFields(
  read: Read,
  value: unknown,
  at = PROBE,
): { fields: TracedField[]; rejected: boolean } {
  const fields: TracedField[] = [];
  const context: ValidationContext = {
    ...createContext(false),
    trace: (path, key, reader, required) => {
      if (path === at && !fields.some((known) => known.key === key)) {
        fields.push({ key, read: reader, required });
      }
    },
  };
  read(context, PROBE, value);
  return { fields, rejected: context.issues.some((issue) => issue.path === PROBE) };
}

/** The schema of an object whose fields were traced: exactly those fields, the required ones. */
export function objectSchema(fields: readonly TracedField[], where: string): JsonSchema {
  return closed(
    Object.fromEntries(
      fields.map((field) => [field.key, describeReader(field.read, `${where}.${field.key}`)]),
    ),
    fields.filter((field) => field.required).map((field) => field.key),
  );
}

/** The list lengths the validator caps, smallest first: the candidates for a list's maximum. */
const LIST_CAPS = [
  ...new Set(Object.values(DEFINITION_LIMITS).filter((cap) => cap <= DEFINITION_LIMITS.listLength)),
].sort((a, b) => a - b);

/** The longest minimum length a list reader may have and still be found by probing. */
const LONGEST_MINIMUM = 8;

/** A list of `length` empty objects, to probe a list reader with. */
function probeList(length: number): object[] {
  return Array.from({ length }, () => ({}));
}

/** An object of `size` empty objects, to probe a reader of entries by name with. */
function probeRecord(size: number): Record<string, object> {
  return Object.fromEntries(Array.from({ length: size }, (_, index) => [`k${index}`, {}]));
}

/** The fewest entries `read` takes in a list (up to `LONGEST_MINIMUM`); `undefined` for none. */
function shortestList(read: Read): number | undefined {
  for (let length = 0; length <= LONGEST_MINIMUM; length += 1) {
    if (!traceFields(read, probeList(length)).rejected) return length;
  }
  return undefined;
}

/** The smallest cap on the number of entries `read` refuses to exceed, if any. */
function largestSize(read: Read, probe: (size: number) => unknown): number | undefined {
  return LIST_CAPS.find((size) => traceFields(read, probe(size + 1)).rejected);
}

function listBounds(read: Read): JsonSchema {
  const bounds: Record<string, number> = {};
  const shortest = shortestList(read) ?? 0;
  if (shortest > 0) bounds.minItems = shortest;
  const cap = largestSize(read, probeList);
  if (cap !== undefined) bounds.maxItems = cap;
  return bounds;
}

function isOneOfReader(read: AnyReader): read is AnyReader & { options: readonly string[] } {
  return 'options' in read && Array.isArray(read.options);
}

function isListReader(read: AnyReader): read is AnyReader & { items: AnyReader } {
  return 'items' in read && typeof read.items === 'function';
}

function isRecordReader(read: AnyReader): read is AnyReader & { keys: RegExp; values: AnyReader } {
  return (
    'keys' in read &&
    read.keys instanceof RegExp &&
    'values' in read &&
    typeof read.values === 'function'
  );
}

/**
 * The alternatives of an object whose fields depend on one of them, as a survey question's do on
 * its `type`: a required field of a fixed set of strings which, set to each, makes `read` read a
 * different set of fields. `undefined` when no field does.
 */
function describeVariants(
  read: Read,
  fields: readonly TracedField[],
  where: string,
): JsonSchema | undefined {
  const keysOf = (list: readonly TracedField[]) => list.map((field) => field.key).join();
  for (const discriminator of fields) {
    if (!discriminator.required || !isOneOfReader(discriminator.read)) continue;
    const variants = discriminator.read.options.map((option) => ({
      option,
      fields: traceFields(read, { [discriminator.key]: option }).fields,
    }));
    if (variants.every((variant) => keysOf(variant.fields) === keysOf(fields))) continue;
    return {
      oneOf: variants.map((variant) => {
        const schema = objectSchema(variant.fields, `${where}<${variant.option}>`);
        const properties = schema.properties as Record<string, JsonSchema>;
        return {
          ...schema,
          properties: { ...properties, [discriminator.key]: { const: variant.option } },
        };
      }),
    };
  }
  return undefined;
}

/**
 * The schema of what `read` accepts from JSON: a leaf the validator reads whole (`LEAF_SCHEMAS`),
 * one of a fixed set of strings, a list or an object of entries by name whose reader says what
 * reads the entries, an object whose fields it reads one by one (traced on `{}`, and on each value
 * of a field the others depend on), or a list of such objects (traced on a list of `{}`). `where`
 * names the field in the error thrown when the reader is none of these, so a new reader gets a
 * schema before the file is generated.
 */
export function describeReader(read: AnyReader, where: string): JsonSchema {
  const leaf = LEAF_SCHEMAS.get(read);
  if (leaf !== undefined) return leaf;
  if (isOneOfReader(read)) return { enum: [...read.options] };
  const asRead = read as unknown as Read;
  if (isListReader(read)) {
    return {
      type: 'array',
      items: describeReader(read.items, `${where}[]`),
      ...listBounds(asRead),
    };
  }
  if (isRecordReader(read)) {
    const cap = largestSize(asRead, probeRecord);
    return {
      type: 'object',
      propertyNames: { type: 'string', pattern: read.keys.source },
      additionalProperties: describeReader(read.values, `${where}.<key>`),
      ...(cap === undefined ? {} : { maxProperties: cap }),
    };
  }
  const object = traceFields(asRead, {});
  if (object.fields.length > 0) {
    const variants = describeVariants(asRead, object.fields, where);
    if (variants !== undefined) return variants;
    const schema = objectSchema(object.fields, where);
    // The validator refuses `{}` although every field is optional: one at least.
    return object.rejected && !object.fields.some((field) => field.required)
      ? { ...schema, minProperties: 1 }
      : schema;
  }
  const shortest = shortestList(asRead);
  const list =
    shortest === undefined
      ? undefined
      : traceFields(asRead, probeList(Math.max(shortest, 1)), indexPath(PROBE, 0));
  if (list !== undefined && list.fields.length > 0) {
    return {
      type: 'array',
      items: objectSchema(list.fields, `${where}[]`),
      ...listBounds(asRead),
    };
  }
  throw new Error(
    `${where}: its reader (${read.name || 'anonymous'}) reads no fields and has no schema; ` +
      'add it to LEAF_SCHEMAS in packages/core/src/guides/schema/leaf-schemas.ts',
  );
}
