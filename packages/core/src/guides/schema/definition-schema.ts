import { DEFINITION_LIMITS } from '../definition-limits';
import type { GuideKind } from '../types';
import { CENTER_SECTIONS } from '../validation/read-center';
import { KIND_READERS, readGuide } from '../validation/validate-guide';
import type { JsonSchema } from './json-schema';
import { ref } from './json-schema';
import { closed, leafDefinitions } from './leaf-schemas';
import { ruleDefinitions } from './rule-schemas';
import { objectSchema, traceFields } from './trace-reader';

/** Where the published schema lives; a JSON definition names it in `$schema`. */
export const DEFINITION_SCHEMA_ID =
  'https://unpkg.com/@guidepost/core/schema/definition.schema.json';

/** The schema of one kind of guide: the fields `readGuide` reads for it, traced. */
function guideKindSchema(kind: string): JsonSchema {
  const { fields } = traceFields((context, path, value) => readGuide(context, path, value), {
    kind,
  });
  const schema = objectSchema(fields, `guides.<${kind}>`);
  const properties = schema.properties as Record<string, JsonSchema>;
  const required = (schema.required as string[] | undefined) ?? [];
  return {
    ...schema,
    properties: { kind: { const: kind }, ...properties },
    required: ['kind', ...required],
  };
}

/** The schema of one kind of guide-center entry: the fields its reader reads, traced. */
function centerEntrySchema(key: keyof typeof CENTER_SECTIONS): JsonSchema {
  const { read } = CENTER_SECTIONS[key];
  const { fields } = traceFields((context, path, value) => read(context, path, 'id', value), {});
  return objectSchema(fields, `center.${key}.<id>`);
}

/** The guide center: each section an object of entries by id, capped as the validator caps it. */
function centerSchema(): JsonSchema {
  return closed(
    Object.fromEntries(
      Object.entries(CENTER_SECTIONS).map(([key, section]) => [
        key,
        {
          type: 'object',
          propertyNames: ref('id'),
          additionalProperties: ref(section.kind),
          maxProperties: section.limit,
        },
      ]),
    ),
  );
}

/**
 * The JSON Schema (draft 2020-12) of a definition as `parseGuidepost` reads it from JSON,
 * derived from the validator: each kind of guide is the list of fields its reader reads (found by
 * running it on an empty guide with a tracing context), nested objects and lists likewise, rules
 * from the rule grammar, and caps from `DEFINITION_LIMITS`. A kind added to the validator appears
 * here without a change. What a schema cannot say (unique step ids, references between parts,
 * `from` before `until`, selector syntax, calendar dates, rule depth) stays the validator's.
 *
 * Unknown fields are refused, as `defineGuidepost` refuses them, so an editor flags a misspelt
 * `audiance`; `parseGuidepost` drops them instead, for definitions a newer version wrote.
 */
export function createDefinitionSchema(): JsonSchema {
  const kinds = Object.keys(KIND_READERS) as GuideKind[];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DEFINITION_SCHEMA_ID,
    title: 'Guidepost definition',
    description:
      'Guides, segments, the touch model and the guide center of a Guidepost definition, as parseGuidepost reads them from JSON. Generated from the validator of @guidepost/core; parseGuidepost remains the authority.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      segments: {
        type: 'object',
        propertyNames: ref('id'),
        additionalProperties: ref('rule'),
        maxProperties: DEFINITION_LIMITS.segments,
      },
      touchModel: closed({ high: ref('rule'), low: ref('rule') }),
      events: { type: 'array', items: ref('text'), maxItems: DEFINITION_LIMITS.listLength },
      anchors: {
        type: 'array',
        items: ref('anchorName'),
        maxItems: DEFINITION_LIMITS.listLength,
      },
      guides: {
        type: 'object',
        propertyNames: ref('id'),
        additionalProperties: ref('guide'),
        maxProperties: DEFINITION_LIMITS.guides,
      },
      center: centerSchema(),
    },
    required: ['guides'],
    additionalProperties: false,
    $defs: {
      guide: {
        type: 'object',
        properties: { kind: { enum: kinds } },
        required: ['kind'],
        allOf: kinds.map((kind) => ({
          if: { properties: { kind: { const: kind } } },
          then: ref(`${kind}Guide`),
        })),
      },
      ...Object.fromEntries(kinds.map((kind) => [`${kind}Guide`, guideKindSchema(kind)])),
      ...Object.fromEntries(
        (Object.keys(CENTER_SECTIONS) as (keyof typeof CENTER_SECTIONS)[]).map((key) => [
          CENTER_SECTIONS[key].kind,
          centerEntrySchema(key),
        ]),
      ),
      ...ruleDefinitions(),
      ...leafDefinitions(),
    },
  };
}
