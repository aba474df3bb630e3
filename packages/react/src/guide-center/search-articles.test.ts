import type { CenterArticle } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { foldText, searchArticles } from './search-articles';

const article = (id: string, title: string, body: string, keywords?: string[]): CenterArticle => ({
  id,
  title,
  body,
  ...(keywords === undefined ? {} : { keywords }),
});

const articles = [
  article('body-only', 'Reports', 'You can export a report as CSV.'),
  article('keyword', 'Downloads', 'Get your data out.', ['export', 'csv']),
  article('title', 'Export to CSV', 'Choose Export.'),
  article('ja', 'エクスポートの方法', 'レポートを開いて「書き出し」を選びます。', ['ダウンロード']),
  article('accent', 'Résumé of your plan', 'What your plan includes.'),
];

const ids = (query: string, locale = 'en') =>
  searchArticles(articles, query, locale).map((found) => found.id);

describe('searchArticles', () => {
  it('lists every article, in definition order, for an empty query', () => {
    expect(ids('')).toEqual(['body-only', 'keyword', 'title', 'ja', 'accent']);
    expect(ids('   ')).toHaveLength(5);
  });

  it('ranks title matches first, then keywords, then body text', () => {
    expect(ids('csv')).toEqual(['title', 'keyword', 'body-only']);
  });

  it('needs every term, in any of the three', () => {
    expect(ids('export data')).toEqual(['keyword']);
    expect(ids('export nothing-like-this')).toEqual([]);
  });

  it.each([
    ['case', 'EXPORT TO', ['title']],
    ['full-width Latin', 'ＣＳＶ', ['title', 'keyword', 'body-only']],
    ['accents', 'resume', ['accent']],
    ['part of a Japanese word, without spaces', 'スポート', ['ja']],
    ['hiragana for katakana', 'えくすぽーと', ['ja']],
    ['half-width katakana', 'ﾀﾞｳﾝﾛｰﾄﾞ', ['ja']],
    ['Japanese body text', '書き出し', ['ja']],
    ['terms split by the ideographic space', 'レポート\u3000書き出し', ['ja']],
  ])('folds %s', (_, query, expected) => {
    expect(ids(query, 'ja')).toEqual(expected);
  });

  it('keeps kana marks: ガ is not カ', () => {
    expect(foldText('ガ', 'ja')).not.toBe(foldText('カ', 'ja'));
  });

  it('folds case for the locale: Turkish dotted İ', () => {
    expect(foldText('İ', 'tr')).toBe('i');
  });

  it('stays fast over a thousand articles of long text', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      article(`a${index}`, `Article ${index}`, 'lorem ipsum '.repeat(200)),
    );
    const started = performance.now();
    expect(searchArticles(many, 'ipsum 999', 'en').map((found) => found.id)).toEqual(['a999']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
