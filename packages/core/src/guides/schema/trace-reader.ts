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

function listBounds(read: Read): JsonSchema {
  const bounds: Record<string, number> = {};
  if (traceFields(read, []).rejected) bounds.minItems = 1;
  const cap = LIST_CAPS.find(
    (length) =>
      traceFields(
        read,
        Array.from({ length: length + 1 }, () => ({})),
      ).rejected,
  );
  if (cap !== undefined) bounds.maxItems = cap;
  return bounds;
}

/**
 * The schema of what `read` accepts from JSON: a leaf the validator reads whole (`LEAF_SCHEMAS`),
 * one of a fixed set of strings, an object whose fields it reads one by one (traced on `{}`), or
 * a list of such objects (traced on `[{}]`). `where` names the field in the error thrown when
 * the reader is none of these, so a new reader gets a schema before the file is generated.
 */
export function describeReader(read: AnyReader, where: string): JsonSchema {
  const leaf = LEAF_SCHEMAS.get(read);
  if (leaf !== undefined) return leaf;
  if ('options' in read && Array.isArray(read.options)) return { enum: [...read.options] };
  const asRead = read as unknown as Read;
  const object = traceFields(asRead, {});
  if (object.fields.length > 0) {
    const schema = objectSchema(object.fields, where);
    // The validator refuses `{}` although every field is optional: one at least.
    return object.rejected && !object.fields.some((field) => field.required)
      ? { ...schema, minProperties: 1 }
      : schema;
  }
  const list = traceFields(asRead, [{}], indexPath(PROBE, 0));
  if (list.fields.length > 0) {
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
