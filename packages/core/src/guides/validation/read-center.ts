import { DEFINITION_LIMITS } from '../definition-limits';
import { keyPath } from './path';
import { field, isDict } from './read';
import type { Dict } from './read';
import type { DefinitionPart } from './read-definition';
import { readId } from './read-scalars';
import { readPart, type PartReader } from './read-part';
import { readArticle, readContact } from './validate-center-entry';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** One section of the guide center: the kind of its entries, their cap and their reader. */
export interface CenterSection {
  readonly kind: 'article' | 'contact';
  readonly limit: number;
  readonly read: PartReader;
}

/**
 * The sections of a guide center, in the order they are read; the schema of the definition format
 * lists these, each entry's fields traced from its reader.
 */
export const CENTER_SECTIONS = {
  articles: { kind: 'article', limit: DEFINITION_LIMITS.articles, read: readArticle },
  contacts: { kind: 'contact', limit: DEFINITION_LIMITS.contacts, read: readContact },
} as const satisfies Record<string, CenterSection>;

type CenterKey = keyof typeof CENTER_SECTIONS;

/**
 * Reads a definition's guide center: `center.articles` and `center.contacts`, objects of entries
 * by id. Each entry stands or falls alone, as a guide does, and is capped in number
 * (`DEFINITION_LIMITS.articles`, `.contacts`).
 */
export function readCenter(root: ValidationContext, input: Dict): DefinitionPart[] {
  const center = field(input, 'center');
  if (center === undefined) return [];
  if (!isDict(center)) {
    report(root, 'center', 'expected { articles?, contacts? }: help articles and contact entries');
    return [];
  }
  const keys = Object.keys(CENTER_SECTIONS) as CenterKey[];
  reportUnknownFields(root, center, 'center', keys);
  return keys.flatMap((key) => readEntries(root, center, key, CENTER_SECTIONS[key]));
}

function readEntries(
  root: ValidationContext,
  center: Dict,
  key: CenterKey,
  { kind, limit, read }: CenterSection,
): DefinitionPart[] {
  const record = field(center, key);
  const path = keyPath('center', key);
  if (record === undefined) return [];
  if (!isDict(record)) {
    report(root, path, `expected an object of ${key} by id`);
    return [];
  }
  // A getter that throws is kept, so `readPart` reports that entry alone as unreadable.
  const ids = Object.keys(record).filter((id) => {
    try {
      return record[id] !== undefined;
    } catch {
      return true;
    }
  });
  if (ids.length > limit) {
    report(root, path, `more than ${limit} ${key}; only the first ${limit} are read`);
  }
  return ids.slice(0, limit).map((id) =>
    readPart(
      root.code,
      kind,
      keyPath(path, id),
      id,
      () => record[id],
      (context, at, name, value) => {
        readId(context, at, name);
        return read(context, at, name, value);
      },
    ),
  );
}
