import { DEFINITION_LIMITS } from '../definition-limits';
import { ISO_DATE } from '../validation/parse-date-input';
import {
  DURATION,
  readBoolean,
  readDate,
  readDuration,
  readFiniteNumber,
  readHref,
  readId,
  readMediaSrc,
  readPositiveInteger,
  readPositiveMilliseconds,
  readString,
  readText,
} from '../validation/read-scalars';
import { readCompleteOn } from '../validation/validate-checklist';
import { readContent } from '../validation/validate-content';
import { readTrigger } from '../validation/validate-guide-base';
import { readRule } from '../validation/validate-rule';
import { ANCHOR_NAME } from '../validation/validate-target';
import { readTarget } from '../validation/validate-target';
import {
  ATTRIBUTE_NAME,
  readAttributeName,
  readMaxLength,
  RESERVED_ATTRIBUTES,
} from '../validation/validate-survey';
import { readScrollMargin } from '../validation/validate-tour';
import type { JsonSchema } from './json-schema';
import { ref } from './json-schema';

/** A reader of one value, as the validator's readers are. */
export type AnyReader = (...args: never[]) => unknown;

/** `'__proto__'`, `'constructor'` and `'prototype'`, which ids and attribute names may not be. */
const RESERVED = ['__proto__', 'constructor', 'prototype'];

/** Epoch milliseconds a `Date` can hold. */
const MAX_TIME = 8.64e15;

/**
 * The schemas of values the validator reads as a whole rather than field by field (scalars,
 * rules, rich text, targets, unions), keyed by the reader that reads them. Objects and lists of
 * objects are not here: the definition schema derives them by tracing the fields their readers
 * read. A field whose reader is neither here nor traceable stops the generator with its name.
 */
export const LEAF_SCHEMAS: ReadonlyMap<AnyReader, JsonSchema> = new Map<AnyReader, JsonSchema>([
  [readString, ref('string')],
  [readText, ref('text')],
  [readId, ref('id')],
  [readBoolean, { type: 'boolean' }],
  [readFiniteNumber, { type: 'number' }],
  [readPositiveInteger, { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }],
  [readPositiveMilliseconds, { type: 'number', exclusiveMinimum: 0 }],
  [readDate, ref('date')],
  [readDuration, ref('duration')],
  [readHref, ref('href')],
  [readMediaSrc, ref('mediaSrc')],
  [readRule, ref('rule')],
  [readContent, ref('content')],
  [readTarget, ref('target')],
  [
    readTrigger,
    {
      anyOf: [
        { enum: ['auto', 'manual'] },
        closed({ event: ref('text') }, ['event']),
        closed({ route: ref('text') }, ['route']),
      ],
    },
  ],
  [
    readCompleteOn,
    {
      oneOf: [closed({ event: ref('text') }, ['event']), closed({ guide: ref('id') }, ['guide'])],
    },
  ],
  [
    readAttributeName,
    {
      type: 'string',
      pattern: ATTRIBUTE_NAME.source,
      not: { enum: [...RESERVED_ATTRIBUTES] },
    },
  ],
  [readMaxLength, { type: 'integer', minimum: 1, maximum: DEFINITION_LIMITS.surveyAnswerLength }],
  [
    readScrollMargin,
    {
      anyOf: [
        ref('pixels'),
        closed({
          top: ref('pixels'),
          right: ref('pixels'),
          bottom: ref('pixels'),
          left: ref('pixels'),
        }),
      ],
    },
  ],
]);

/** An object with exactly these properties (some required), as the validator reads objects. */
export function closed(
  properties: Readonly<Record<string, JsonSchema>>,
  required: readonly string[] = [],
): JsonSchema {
  return {
    type: 'object',
    properties,
    ...(required.length === 0 ? {} : { required }),
    additionalProperties: false,
  };
}

/** A link Guidepost follows: http(s), mailto or relative; never protocol-relative. */
const HREF_PATTERN =
  '^(?![\\s\\u0000-\\u001f]*[\\\\/][\\\\/])(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[^:]*$|[^:/?#]*[/?#])';

/** A media source: http(s) or relative. */
const MEDIA_SRC_PATTERN =
  '^(?![\\s\\u0000-\\u001f]*[\\\\/][\\\\/])(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:]*$|[^:/?#]*[/?#])';

/** Rich text as `readContent` reads it: a string, or paragraphs and lists of inline text. */
function contentSchemas(): Record<string, JsonSchema> {
  const listLength = DEFINITION_LIMITS.listLength;
  const list = (items: JsonSchema): JsonSchema => ({
    type: 'array',
    items,
    maxItems: listLength,
  });
  const span: JsonSchema = {
    anyOf: [
      ref('string'),
      closed({ text: ref('string'), strong: { type: 'boolean' }, em: { type: 'boolean' } }, [
        'text',
      ]),
    ],
  };
  return {
    content: {
      anyOf: [ref('text'), { ...list(ref('richTextBlock')), minItems: 1 }],
    },
    richTextBlock: {
      oneOf: [
        closed({ type: { const: 'paragraph' }, children: ref('richTextInlines') }, [
          'type',
          'children',
        ]),
        closed(
          {
            type: { const: 'list' },
            ordered: { type: 'boolean' },
            items: list(ref('richTextInlines')),
          },
          ['type', 'items'],
        ),
      ],
    },
    richTextInlines: list({
      anyOf: [
        span,
        closed({ type: { const: 'link' }, href: ref('href'), children: list(span) }, [
          'type',
          'href',
          'children',
        ]),
      ],
    }),
  };
}

/** The named schemas the leaves refer to, under `$defs`. */
export function leafDefinitions(): Record<string, JsonSchema> {
  const stringLength = DEFINITION_LIMITS.stringLength;
  const anchorName = ANCHOR_NAME.source;
  return {
    string: { type: 'string', maxLength: stringLength },
    text: { type: 'string', pattern: '\\S', maxLength: stringLength },
    id: {
      type: 'string',
      pattern: '^\\S+$',
      maxLength: stringLength,
      not: { enum: RESERVED },
    },
    anchorName: { type: 'string', pattern: anchorName, maxLength: stringLength },
    date: {
      anyOf: [
        { type: 'string', pattern: ISO_DATE.source },
        { type: 'number', minimum: -MAX_TIME, maximum: MAX_TIME },
      ],
    },
    duration: {
      type: 'string',
      // The pattern the validator reads, and not zero: a duration is positive.
      pattern: `^(?!0+(?:\\.0+)?[smhdw]$)${DURATION.source.slice(1)}`,
    },
    href: { type: 'string', pattern: HREF_PATTERN, maxLength: stringLength },
    mediaSrc: { type: 'string', pattern: MEDIA_SRC_PATTERN, maxLength: stringLength },
    pixels: { type: 'number', minimum: 0 },
    target: {
      anyOf: [
        ref('anchorName'),
        {
          type: 'string',
          // Not blank, and not an anchor name: a CSS selector.
          pattern: '^(?=[\\s\\S]*\\S)[\\s\\S]*[^A-Za-z0-9_-]',
          maxLength: DEFINITION_LIMITS.selectorLength,
        },
        closed({ anchor: ref('id') }, ['anchor']),
        closed(
          {
            selector: {
              type: 'string',
              pattern: '\\S',
              maxLength: DEFINITION_LIMITS.selectorLength,
            },
          },
          ['selector'],
        ),
      ],
    },
    ...contentSchemas(),
  };
}
