import type { GuideTarget } from '../types';
import { keyPath } from './path';
import { field, isDict } from './read';
import { readId, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';

/**
 * Reads where a step or hint points. From JSON: an anchor name or selector string,
 * `{ anchor }` or `{ selector }`. In code also an element, a ref (`{ current }`) or a resolver
 * function, kept as they are.
 */
export const readTarget: Reader<GuideTarget> = (context, path, value) => {
  const expected = context.code
    ? 'expected an anchor name, a CSS selector or an element'
    : 'expected an anchor name or a CSS selector';
  if (typeof value === 'string') {
    return value.trim() === ''
      ? void report(context, path, expected)
      : readText(context, path, value);
  }
  if (typeof value === 'function') {
    return context.code ? (value as GuideTarget) : void report(context, path, expected);
  }
  if (!isDict(value)) return void report(context, path, expected);
  if (field(value, 'anchor') !== undefined) {
    reportUnknownFields(context, value, path, ['anchor']);
    const anchor = readId(context, keyPath(path, 'anchor'), value.anchor);
    return anchor === undefined ? undefined : { anchor };
  }
  if (field(value, 'selector') !== undefined) {
    reportUnknownFields(context, value, path, ['selector']);
    const selector = readText(context, keyPath(path, 'selector'), value.selector);
    return selector === undefined ? undefined : { selector };
  }
  if (context.code && (Object.hasOwn(value, 'current') || isElementLike(value))) return value;
  return void report(context, path, expected);
};

function isElementLike(value: object): boolean {
  return 'nodeType' in value && (value as { nodeType: unknown }).nodeType === 1;
}
