import type { DefinitionIssue } from '../definition-issue';
import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { field, isDict, presentKeys } from './read';
import { readId, readText } from './read-scalars';
import { readGuide } from './validate-guide';
import { readRule } from './validate-rule';
import { ANCHOR_NAME } from './validate-target';
import { reportUnknownFields } from './unknown-fields';
import { readCenter } from './read-center';
import { readPart, type PartReader } from './read-part';
import { createContext, report } from './validation-context';
import type { ValidationContext } from './validation-context';

/**
 * One part of a definition that stands or falls alone: a segment, a touch tier, a guide, or a
 * guide center's help article or contact entry.
 */
export interface DefinitionPart {
  readonly kind: 'segment' | 'tier' | 'guide' | 'article' | 'contact';
  readonly name: string;
  readonly path: string;
  /** The validated copy; meaningful only while the part has no issues. */
  readonly value: unknown;
  readonly context: ValidationContext;
}

/** A definition read part by part, before references between parts are checked. */
export interface ReadDefinition {
  /** Problems with the definition's own shape, which drop no part. */
  readonly issues: DefinitionIssue[];
  readonly segments: readonly DefinitionPart[];
  readonly tiers: readonly DefinitionPart[];
  readonly guides: readonly DefinitionPart[];
  /** The guide center's help articles, then its contact entries. */
  readonly center: readonly DefinitionPart[];
  /** The valid names of the `events` list. */
  readonly events: readonly string[];
  /** The valid names of the `anchors` list; `undefined` when the definition declares none. */
  readonly anchors: readonly string[] | undefined;
}

const TIERS = ['high', 'low'];

/**
 * Reads every part of a definition on its own. `code` allows what only code can hold (function
 * rules, elements and refs as targets). Never throws for a part: a part that cannot be read
 * (a throwing getter, a revoked proxy) is reported and dropped.
 */
export function readDefinition(input: unknown, code: boolean): ReadDefinition {
  const root = createContext(code);
  if (!isDict(input)) {
    report(
      root,
      '',
      'expected an object with guides, and optionally segments, touchModel and events',
    );
    return {
      issues: root.issues,
      segments: [],
      tiers: [],
      guides: [],
      center: [],
      events: [],
      anchors: undefined,
    };
  }
  reportUnknownFields(root, input, '', [
    'segments',
    'touchModel',
    'events',
    'anchors',
    'guides',
    'center',
  ]);
  const segments = readParts(
    root,
    input,
    'segments',
    DEFINITION_LIMITS.segments,
    (context, path, name, value) => {
      readId(context, path, name);
      return readRule(context, path, value);
    },
  );
  const tiers = readTiers(root, input);
  const guides = readParts(
    root,
    input,
    'guides',
    DEFINITION_LIMITS.guides,
    (context, path, name, value) => {
      readId(context, path, name);
      return readGuide(context, path, value);
    },
  );
  if (field(input, 'guides') === undefined) {
    report(root, 'guides', 'a definition needs guides: an object of guides by id');
  }
  const center = readCenter(root, input);
  return {
    issues: root.issues,
    segments,
    tiers,
    guides,
    center,
    events: readEvents(root, input),
    anchors: readAnchors(root, input),
  };
}

function readParts(
  root: ValidationContext,
  input: Readonly<Record<string, unknown>>,
  key: 'segments' | 'guides',
  limit: number,
  read: PartReader,
): DefinitionPart[] {
  const record = field(input, key);
  if (record === undefined) return [];
  if (!isDict(record)) {
    report(root, key, `expected an object of ${key} by ${key === 'guides' ? 'id' : 'name'}`);
    return [];
  }
  const names = presentKeys(record);
  if (names.length > limit) {
    report(root, key, `more than ${limit} ${key}; only the first ${limit} are read`);
  }
  const kind = key === 'guides' ? 'guide' : 'segment';
  return names
    .slice(0, limit)
    .map((name) => readPart(root.code, kind, keyPath(key, name), name, () => record[name], read));
}

function readTiers(
  root: ValidationContext,
  input: Readonly<Record<string, unknown>>,
): DefinitionPart[] {
  const touchModel = field(input, 'touchModel');
  if (touchModel === undefined) return [];
  if (!isDict(touchModel)) {
    report(root, 'touchModel', 'expected { high?, low? }: a rule for each tier');
    return [];
  }
  const parts: DefinitionPart[] = [];
  for (const tier of presentKeys(touchModel)) {
    const path = keyPath('touchModel', tier);
    if (TIERS.includes(tier)) {
      parts.push(
        readPart(
          root.code,
          'tier',
          path,
          tier,
          () => touchModel[tier],
          (context, at, _name, value) => readRule(context, at, value),
        ),
      );
    } else {
      report(
        root,
        path,
        `unknown tier ${quote(tier)}; expected high or low (everyone else is tech)`,
      );
    }
  }
  return parts;
}

/**
 * Reads the top-level list `key` of names (`anchors`, `events`): each must be text, and a list
 * longer than `DEFINITION_LIMITS.listLength` is reported and read up to the limit. `accept`
 * reports a name that is text but not allowed, and says whether to keep it.
 */
function readNames(
  root: ValidationContext,
  input: Readonly<Record<string, unknown>>,
  key: 'anchors' | 'events',
  accept: (name: string, path: string) => boolean = () => true,
): string[] | undefined {
  const list = field(input, key);
  if (list === undefined) return undefined;
  const what = key.slice(0, -1);
  if (!Array.isArray(list)) {
    report(root, key, `expected a list of ${what} names`);
    return undefined;
  }
  if (list.length > DEFINITION_LIMITS.listLength) {
    report(root, key, `more than ${DEFINITION_LIMITS.listLength} ${key}; only the first are read`);
  }
  const names: string[] = [];
  list.slice(0, DEFINITION_LIMITS.listLength).forEach((entry: unknown, index) => {
    const path = indexPath(key, index);
    const name = readText(root, path, entry);
    if (name !== undefined && accept(name, path)) names.push(name);
  });
  return names;
}

function readAnchors(
  root: ValidationContext,
  input: Readonly<Record<string, unknown>>,
): string[] | undefined {
  return readNames(root, input, 'anchors', (name, path) => {
    if (ANCHOR_NAME.test(name)) return true;
    report(
      root,
      path,
      `invalid anchor name ${quote(name)}; anchor names are letters, digits, - and _`,
    );
    return false;
  });
}

function readEvents(root: ValidationContext, input: Readonly<Record<string, unknown>>): string[] {
  return readNames(root, input, 'events') ?? [];
}
