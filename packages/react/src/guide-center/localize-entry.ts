import type { CenterArticle, CenterContact } from '@guidepost/core';

/** The translation of `locales` for `locale`: its exact tag, else its language (`pt` for `pt-BR`). */
function translationFor<T extends object>(
  locales: { readonly [locale: string]: T } | undefined,
  locale: string,
): T | undefined {
  if (locales === undefined) return undefined;
  const own = (tag: string) => (Object.hasOwn(locales, tag) ? locales[tag] : undefined);
  return own(locale) ?? own(locale.split('-')[0] ?? locale);
}

/**
 * An article as the user reads it in `locale`: the translation's title, body and keywords where
 * it gives them, the article's own elsewhere.
 *
 * @example
 * localizeArticle(article, 'ja-JP').title; // the `ja` title, when the article has one
 */
export function localizeArticle(article: CenterArticle, locale: string): CenterArticle {
  const text = translationFor(article.locales, locale);
  return text === undefined ? article : { ...article, ...text };
}

/** A contact entry as the user reads it in `locale` (see {@link localizeArticle}). */
export function localizeContact(contact: CenterContact, locale: string): CenterContact {
  const text = translationFor(contact.locales, locale);
  return text === undefined ? contact : { ...contact, ...text };
}
