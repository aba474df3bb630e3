import type { PickedAnchor } from './anchor-of-element';

type Missing = Extract<PickedAnchor, { kind: 'missing' }>;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string as a single-quoted TypeScript literal, the way Prettier prints one. */
function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${escaped}'`;
}

const keyOf = (key: string) => (IDENTIFIER.test(key) ? key : quote(key));

/** A JSON value as a TypeScript literal, two spaces per level, trailing commas. */
function printLiteral(value: unknown, indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => `${inner}${printLiteral(item, inner)},\n`);
    return `[\n${items.join('')}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, item]) => `${inner}${keyOf(key)}: ${printLiteral(item, inner)},\n`,
  );
  return `{\n${lines.join('')}${indent}}`;
}

/**
 * The guide as TypeScript for the definition file: one entry to paste into the `guides` of
 * `defineGuidepost({ … })`, preceded by a comment for each picked element that still needs its
 * `data-guidepost` attribute.
 *
 * @example
 * guideToTypeScript('invite', guide, []);
 * // "invite: {\n  kind: 'tour',\n  steps: [ … ],\n},\n"
 */
export function guideToTypeScript(id: string, guide: unknown, missing: readonly Missing[]): string {
  const notes = [
    '// Paste into the `guides` of defineGuidepost({ … }) in your definition file.',
    ...missing.map(
      (anchor) =>
        `// Add data-guidepost="${anchor.suggested}" to the ${anchor.label} it points at.`,
    ),
  ];
  return `${notes.join('\n')}\n${keyOf(id)}: ${printLiteral(guide, '')},\n`;
}

/**
 * The guide as JSON for server definitions: `{ "guides": { id: guide } }`, which
 * `parseGuidepost` reads (merge it into the definition your server sends).
 *
 * @example
 * parseGuidepost(guideToJson('invite', guide)).issues; // []
 */
export function guideToJson(id: string, guide: unknown): string {
  return `${JSON.stringify({ guides: { [id]: guide } }, null, 2)}\n`;
}
