import type { GuideContent } from '../rich-text';
import { DEFINITION_LIMITS } from '../definition-limits';
import { indexPath, keyPath } from './path';
import { quote } from './quote';
import { field, isDict } from './read';
import type { Dict } from './read';
import { readBoolean, readHref, readString, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/**
 * Reads guide text: a non-empty string, or a non-empty list of rich-text blocks (paragraphs and
 * lists of inline text, emphasis and links). Link targets must be http(s), relative or mailto.
 */
export const readContent: Reader<GuideContent> = (context, path, value) => {
  if (typeof value === 'string') return readText(context, path, value);
  if (!Array.isArray(value) || value.length === 0) {
    return void report(context, path, 'expected text or a non-empty list of rich-text blocks');
  }
  const blocks = readList(context, path, value, readBlock);
  return blocks as GuideContent | undefined;
};

function readList(
  context: ValidationContext,
  path: string,
  value: readonly unknown[],
  read: Reader<unknown>,
): unknown[] | undefined {
  if (value.length > DEFINITION_LIMITS.listLength) {
    return void report(context, path, `more than ${DEFINITION_LIMITS.listLength} entries`);
  }
  return value.map((entry: unknown, index) => read(context, indexPath(path, index), entry));
}

const readBlock: Reader<Output> = (context, path, value) => {
  const type = isDict(value) ? field(value, 'type') : undefined;
  if (!isDict(value) || (type !== 'paragraph' && type !== 'list')) {
    const shown =
      typeof type === 'string' ? `unknown block type ${quote(type)}; expected` : 'expected';
    return void report(context, path, `${shown} a paragraph or a list block`);
  }
  reportUnknownFields(
    context,
    value,
    path,
    type === 'paragraph' ? ['type', 'children'] : ['type', 'ordered', 'items'],
  );
  const output: Output = { type };
  if (type === 'paragraph') {
    readField(
      context,
      value,
      path,
      output,
      'children',
      readInlines,
      'expected children: a list of inline text',
    );
  } else {
    readField(context, value, path, output, 'ordered', readBoolean);
    readField(
      context,
      value,
      path,
      output,
      'items',
      readListItems,
      'expected items: a list of inline-text lists',
    );
  }
  return output;
};

const readListItems: Reader<unknown[]> = (context, path, value) =>
  Array.isArray(value)
    ? readList(context, path, value, readInlines)
    : void report(context, path, 'expected a list of inline-text lists');

const readInlines: Reader<unknown[]> = (context, path, value) =>
  Array.isArray(value)
    ? readList(context, path, value, readInline)
    : void report(context, path, 'expected a list of inline text');

const readInline: Reader<unknown> = (context, path, value) => {
  if (isDict(value) && field(value, 'type') === 'link') return readLink(context, path, value);
  return readSpan(context, path, value);
};

const readSpan: Reader<unknown> = (context, path, value) => {
  if (typeof value === 'string') return readString(context, path, value);
  if (!isDict(value) || field(value, 'type') !== undefined) {
    return void report(context, path, 'expected a string, a text span or a link');
  }
  reportUnknownFields(context, value, path, ['text', 'strong', 'em']);
  const output: Output = {};
  readField(context, value, path, output, 'text', readString, 'a text span needs text');
  readField(context, value, path, output, 'strong', readBoolean);
  readField(context, value, path, output, 'em', readBoolean);
  return output;
};

function readLink(context: ValidationContext, path: string, link: Dict): Output {
  reportUnknownFields(context, link, path, ['type', 'href', 'children']);
  const output: Output = { type: 'link' };
  readField(context, link, path, output, 'href', readHref, 'a link needs an href');
  const children = field(link, 'children');
  const childrenPath = keyPath(path, 'children');
  if (Array.isArray(children)) {
    output.children = readList(context, childrenPath, children, readSpan);
  } else {
    report(context, childrenPath, 'expected children: a list of text');
  }
  return output;
}
