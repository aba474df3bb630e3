import type { CenterArticle } from '@guidepost/core';
import { contentToText } from '../content/content-to-text';

/** Latin letters with their accents, so `resume` finds `résumé`. Kana keep their marks. */
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/** Katakana that have a hiragana twin (ァ to ヶ), so `えくすぽーと` finds `エクスポート`. */
const KATAKANA = /[\u30a1-\u30f6]/g;

/**
 * Text folded for matching: compatibility forms unified (full-width Latin, half-width kana, the
 * ideographic space), case folded for the locale, accents on Latin letters dropped, katakana
 * read as hiragana.
 *
 * @example
 * foldText('ＥＸＰＯＲＴ', 'ja'); // 'export'
 */
export function foldText(text: string, locale: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(locale)
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, '$1')
    .normalize('NFC')
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/**
 * The terms of a query: split on white space (after folding, so the ideographic space splits
 * too). A term is matched anywhere in the text, not at word starts, so languages written
 * without spaces (Japanese, Chinese) are found by any part of a word.
 */
function termsOf(query: string, locale: string): string[] {
  return foldText(query, locale)
    .split(/\s+/u)
    .filter((term) => term !== '');
}

interface Folded {
  readonly locale: string;
  readonly title: string;
  readonly keywords: string;
  readonly body: string;
}

interface Indexed extends Folded {
  readonly article: CenterArticle;
  readonly order: number;
}

/** Each article's folded text, kept while the article object lives: typing refolds nothing. */
const folded = new WeakMap<CenterArticle, Folded>();

function foldedArticle(article: CenterArticle, locale: string): Folded {
  const known = folded.get(article);
  if (known?.locale === locale) return known;
  const text = {
    locale,
    title: foldText(article.title, locale),
    keywords: foldText((article.keywords ?? []).join(' '), locale),
    body: foldText(contentToText(article.body), locale),
  };
  folded.set(article, text);
  return text;
}

/**
 * The articles that match `query`, best first: every term must appear in the title, the
 * keywords or the body. An article whose title holds every term comes before one whose
 * keywords do, before one found only in its body; ties keep definition order. An empty query
 * matches every article, in definition order.
 *
 * @example
 * searchArticles(articles, 'csv', 'en').map((article) => article.id); // ['export-csv']
 */
export function searchArticles(
  articles: readonly CenterArticle[],
  query: string,
  locale: string,
): CenterArticle[] {
  const terms = termsOf(query, locale);
  if (terms.length === 0) return [...articles];
  const indexed: Indexed[] = articles.map((article, order) => ({
    article,
    order,
    ...foldedArticle(article, locale),
  }));
  const rank = (entry: Indexed): number | undefined => {
    const all = (text: string) => terms.every((term) => text.includes(term));
    if (all(entry.title)) return 0;
    if (all(`${entry.title} ${entry.keywords}`)) return 1;
    if (all(`${entry.title} ${entry.keywords} ${entry.body}`)) return 2;
    return undefined;
  };
  return indexed
    .flatMap((entry) => {
      const found = rank(entry);
      return found === undefined ? [] : [{ entry, found }];
    })
    .sort((a, b) => a.found - b.found || a.entry.order - b.entry.order)
    .map(({ entry }) => entry.article);
}
