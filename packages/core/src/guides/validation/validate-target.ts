import type { GuideTarget } from '../types';
import { findSelectorProblem } from './find-selector-problem';
import { keyPath } from './path';
import { quote } from './quote';
import { field, isDict } from './read';
import { readId, readText } from './read-scalars';
import type { Reader } from './read-scalars';
import { reportUnknownFields } from './unknown-fields';
import { report } from './validation-context';

/** A plain string of these is an anchor name (`data-guidepost`), not a selector. */
export const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

/** A selector that passes `findSelectorProblem`, else reported. */
const readSelector: Reader<string> = (context, path, value) => {
  const text = value as string;
  const problem = findSelectorProblem(text);
  if (problem === undefined) return text;
  return void report(context, path, `invalid CSS selector ${quote(text)}: ${problem}`);
};

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
    if (value.trim() === '') return void report(context, path, expected);
    const text = readText(context, path, value);
    if (text === undefined || !ANCHOR_NAME.test(text)) {
      return text === undefined ? undefined : readSelector(context, path, text);
    }
    context.references.anchors.push({ name: text, path });
    return text;
  }
  if (typeof value === 'function') {
    return context.code ? (value as GuideTarget) : void report(context, path, expected);
  }
  if (!isDict(value)) return void report(context, path, expected);
  if (field(value, 'anchor') !== undefined) {
    reportUnknownFields(context, value, path, ['anchor']);
    const anchorPath = keyPath(path, 'anchor');
    const anchor = readId(context, anchorPath, value.anchor);
    if (anchor === undefined) return undefined;
    context.references.anchors.push({ name: anchor, path: anchorPath });
    return { anchor };
  }
  if (field(value, 'selector') !== undefined) {
    reportUnknownFields(context, value, path, ['selector']);
    const selectorPath = keyPath(path, 'selector');
    const text = readText(context, selectorPath, value.selector);
    const selector = text === undefined ? undefined : readSelector(context, selectorPath, text);
    return selector === undefined ? undefined : { selector };
  }
  if (context.code && (Object.hasOwn(value, 'current') || isElementLike(value))) {
    return value as GuideTarget;
  }
  return void report(context, path, expected);
};

function isElementLike(value: object): boolean {
  return 'nodeType' in value && (value as { nodeType: unknown }).nodeType === 1;
}
