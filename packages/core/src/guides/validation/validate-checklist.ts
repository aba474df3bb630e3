import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { field, isDict } from './read';
import type { Dict } from './read';
import { readHref, readId, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { readContent } from './validate-content';
import { readRule } from './validate-rule';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/** Reads the fields of a checklist: a title, an optional description, items with unique ids. */
export function readChecklist(
  context: ValidationContext,
  guide: Dict,
  path: string,
  output: Output,
): void {
  readField(context, guide, path, output, 'title', readContent, 'a checklist needs a title');
  readField(context, guide, path, output, 'description', readContent);
  readField(
    context,
    guide,
    path,
    output,
    'items',
    readItems,
    'a checklist needs at least one item',
  );
}

const readItems: Reader<Output[]> = (context, path, value) => {
  if (!Array.isArray(value) || value.length === 0) {
    return void report(context, path, 'a checklist needs at least one item');
  }
  if (value.length > DEFINITION_LIMITS.itemsPerChecklist) {
    return void report(
      context,
      path,
      `a checklist has at most ${DEFINITION_LIMITS.itemsPerChecklist} items`,
    );
  }
  const seen = new Set<string>();
  return value.map((item: unknown, index) => readItem(context, indexPath(path, index), item, seen));
};

function readItem(
  context: ValidationContext,
  path: string,
  item: unknown,
  seen: Set<string>,
): Output {
  const output: Output = {};
  if (!isDict(item)) {
    report(context, path, 'expected an item object');
    return output;
  }
  reportUnknownFields(context, item, path, [
    'id',
    'label',
    'description',
    'completeOn',
    'startGuide',
    'href',
    'audience',
  ]);
  const id = readField(context, item, path, output, 'id', readId, 'an item needs an id');
  if (id !== undefined) {
    if (seen.has(id)) report(context, keyPath(path, 'id'), `duplicate item id ${quote(id)}`);
    seen.add(id);
  }
  readField(context, item, path, output, 'label', readText, 'an item needs a label');
  readField(context, item, path, output, 'description', readContent);
  readField(context, item, path, output, 'completeOn', readCompleteOn);
  const startGuide = readField(context, item, path, output, 'startGuide', readId);
  if (startGuide !== undefined) {
    context.references.guides.push({ name: startGuide, path: keyPath(path, 'startGuide') });
  }
  readField(context, item, path, output, 'href', readHref);
  readField(context, item, path, output, 'audience', readRule);
  return output;
}

/** `{ event }` or `{ guide }`, exactly one. */
export const readCompleteOn: Reader<Output> = (context, path, value) => {
  const hasEvent = isDict(value) && field(value, 'event') !== undefined;
  const hasGuide = isDict(value) && field(value, 'guide') !== undefined;
  if (!isDict(value) || hasEvent === hasGuide) {
    return void report(context, path, 'expected { event } or { guide }');
  }
  reportUnknownFields(context, value, path, [hasEvent ? 'event' : 'guide']);
  const output: Output = {};
  if (hasEvent) {
    const event = readField(context, value, path, output, 'event', readText);
    if (event !== undefined) context.references.events.push(event);
  } else {
    const guide = readField(context, value, path, output, 'guide', readId);
    if (guide !== undefined) {
      context.references.guides.push({ name: guide, path: keyPath(path, 'guide') });
    }
  }
  return output;
};
