/**
 * The ids of an id-reference list (`aria-describedby`, `aria-controls`), in order, each once.
 *
 * @example
 * idList(' hint  help hint '); // ['hint', 'help']
 */
export function idList(value: string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return [...new Set(value.split(/\s+/).filter((id) => id !== ''))];
}

/**
 * Joins id-reference lists into one attribute value, each id once; `undefined` when none is
 * left, so the attribute is left out rather than set empty.
 *
 * @example
 * joinIdLists('title', undefined, 'body title'); // 'title body'
 */
export function joinIdLists(...lists: (string | null | undefined)[]): string | undefined {
  const ids = idList(lists.filter((list) => list !== null && list !== undefined).join(' '));
  return ids.length === 0 ? undefined : ids.join(' ');
}
