import { DEFINITION_LIMITS } from '../definition-limits';

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
const COMBINATORS = new Set(['>', '+', '~']);

/**
 * What is wrong with a CSS selector from a definition, or `undefined`. Checked without a DOM,
 * so a server and a browser agree: quotes, brackets and parentheses must close, no entry of a
 * list may be empty or end with a combinator, and the size is capped
 * (`DEFINITION_LIMITS.selectorLength`, `selectorListLength`, `selectorNesting`), since the
 * browser's cost of matching a selector grows with each of them and a page runs it on every
 * change it watches.
 *
 * @example
 * findSelectorProblem('a:has('); // "unclosed '('"
 */
export function findSelectorProblem(selector: string): string | undefined {
  const { selectorLength, selectorListLength, selectorNesting } = DEFINITION_LIMITS;
  if (selector.length > selectorLength) {
    return `${selector.length.toLocaleString('en-US')} characters; a selector may have at most ${selectorLength.toLocaleString('en-US')}`;
  }
  const open: string[] = [];
  let quoteMark: string | undefined;
  let entries = 1;
  let deepest = 0;
  let entry = '';
  const entryProblem = (): string | undefined => {
    const text = entry.trim();
    if (text === '') return 'an empty selector in a list';
    if (COMBINATORS.has(text[0] as string)) return `starts with the combinator '${text[0]}'`;
    if (COMBINATORS.has(text.at(-1) as string)) return `ends with the combinator '${text.at(-1)}'`;
    return undefined;
  };
  for (let index = 0; index < selector.length; index++) {
    const character = selector[index] as string;
    if (character === '\\') {
      entry += selector.slice(index, index + 2);
      index += 1;
      continue;
    }
    if (quoteMark !== undefined) {
      if (character === quoteMark) quoteMark = undefined;
      entry += character;
      continue;
    }
    if (character === '"' || character === "'") quoteMark = character;
    else if (character === '(' || character === '[') {
      if (open.at(-1) === ']') return `unexpected '${character}' inside '[…]'`;
      open.push(OPENERS[character] as string);
      deepest = Math.max(deepest, open.filter((closer) => closer === ')').length);
      if (deepest > selectorNesting) {
        return `nested more than ${selectorNesting} deep; a selector may nest at most ${selectorNesting} parentheses`;
      }
    } else if (character === ')' || character === ']') {
      if (open.pop() !== character) return `unexpected '${character}'`;
    } else if (character === ',' && open.length === 0) {
      const problem = entryProblem();
      if (problem !== undefined) return problem;
      entries += 1;
      if (entries > selectorListLength) {
        return `a list of more than ${selectorListLength} selectors`;
      }
      entry = '';
      continue;
    }
    entry += character;
  }
  if (quoteMark !== undefined) return `unclosed ${quoteMark}`;
  const unclosed = open.at(-1);
  if (unclosed !== undefined) return `unclosed '${unclosed === ')' ? '(' : '['}'`;
  return entryProblem();
}
