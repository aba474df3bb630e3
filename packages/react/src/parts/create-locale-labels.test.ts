import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../i18n/default-labels';
import { japaneseLabels } from '../i18n/japanese-labels';
import { createLocaleLabels } from './create-locale-labels';

const pager = createLocaleLabels({ page: '{current} of {total}' }, { page: '{current}/{total}' });

describe('createLocaleLabels', () => {
  it.each([
    { locale: 'en', page: '{current} of {total}', next: defaultLabels.next },
    { locale: 'ja', page: '{current}/{total}', next: japaneseLabels.next },
    { locale: 'ja-JP', page: '{current}/{total}', next: japaneseLabels.next },
    { locale: 'fr', page: '{current} of {total}', next: defaultLabels.next },
  ])('picks the $locale labels, shared and own', ({ locale, page, next }) => {
    const labels = pager.labelsFor(locale);
    expect(labels.page).toBe(page);
    expect(labels.next).toBe(next);
  });

  it('lets overrides win over the shipped labels', () => {
    expect(pager.labelsFor('ja', { next: 'Go', page: '{current}' })).toMatchObject({
      next: 'Go',
      page: '{current}',
      back: japaneseLabels.back,
    });
  });

  it('ships frozen labels that overriding does not change', () => {
    pager.labelsFor('en', { page: 'changed' });
    expect(Object.isFrozen(pager.english)).toBe(true);
    expect(pager.english.page).toBe('{current} of {total}');
  });
});
