import { describe, expect, it } from 'vitest';
import { defaultLabels } from './default-labels';
import { japaneseLabels } from './japanese-labels';
import { labelsForLocale } from './labels-for-locale';
import type { Labels } from './labels';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('shipped labels', () => {
  it.each(Object.keys(defaultLabels) as (keyof Labels)[])(
    'Japanese %s is translated and keeps the same placeholders',
    (key) => {
      expect(japaneseLabels[key]).not.toBe('');
      expect(japaneseLabels[key]).not.toBe(defaultLabels[key]);
      expect(placeholders(japaneseLabels[key])).toEqual(placeholders(defaultLabels[key]));
    },
  );

  it('cannot be changed by accident at runtime', () => {
    expect(Object.isFrozen(defaultLabels)).toBe(true);
    expect(Object.isFrozen(japaneseLabels)).toBe(true);
  });
});

describe('labelsForLocale', () => {
  it.each([
    ['ja', japaneseLabels],
    ['ja-JP', japaneseLabels],
    ['JA_jp', japaneseLabels],
    ['en-US', defaultLabels],
    ['jv', defaultLabels],
    ['', defaultLabels],
  ])('picks the labels for %j', (locale, expected) => {
    expect(labelsForLocale(locale)).toBe(expected);
  });

  it('lets one label be overridden and keeps the rest', () => {
    const labels: Labels = { ...labelsForLocale('ja'), next: '進む' };
    expect([labels.next, labels.back]).toEqual(['進む', '戻る']);
  });
});
