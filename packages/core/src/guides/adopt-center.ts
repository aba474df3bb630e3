import type { CenterArticle, CenterContact, GuideCenterDefinition } from './center-types';

type Dict = Readonly<Record<string, unknown>>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TIERS: readonly unknown[] = ['high', 'low', 'tech'];

/**
 * A guide center written in code, taken as it is (production `defineGuidepost`): entries by id
 * become lists with their ids. An entry the center could not render (not an object, no title,
 * an article without a body, a contact without a known tier) is left out, as validation would
 * have refused it in development.
 *
 * @example
 * adoptCenter({ articles: { faq: { title: 'FAQ', body: '…' } } })?.articles[0]?.id; // 'faq'
 */
export function adoptCenter(input: unknown): GuideCenterDefinition | undefined {
  if (!isDict(input)) return undefined;
  const entries = (record: unknown, keep: (entry: Dict) => boolean): Dict[] =>
    isDict(record)
      ? Object.entries(record).flatMap(([id, entry]) =>
          isDict(entry) && typeof entry.title === 'string' && keep(entry) ? [{ ...entry, id }] : [],
        )
      : [];
  return {
    articles: entries(
      input.articles,
      (entry) => entry.body !== undefined,
    ) as unknown as CenterArticle[],
    contacts: entries(input.contacts, (entry) =>
      TIERS.includes(entry.tier),
    ) as unknown as CenterContact[],
  };
}
