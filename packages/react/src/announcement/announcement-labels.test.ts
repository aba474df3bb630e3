import { describe, expect, it } from 'vitest';
import {
  announcementLabelsFor,
  defaultAnnouncementLabels,
  japaneseAnnouncementLabels,
  type AnnouncementLabels,
} from './announcement-labels';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('announcement labels', () => {
  it.each(Object.keys(defaultAnnouncementLabels) as (keyof AnnouncementLabels)[])(
    'Japanese %s is translated and keeps the same placeholders',
    (key) => {
      expect(japaneseAnnouncementLabels[key]).not.toBe('');
      expect(japaneseAnnouncementLabels[key]).not.toBe(defaultAnnouncementLabels[key]);
      expect(placeholders(japaneseAnnouncementLabels[key])).toEqual(
        placeholders(defaultAnnouncementLabels[key]),
      );
    },
  );

  it.each([
    ['ja-JP', '今後表示しない', '2/3'],
    ['en-GB', "Don't show again", '2 of 3'],
  ])('picks the %s labels', (locale, dontShowAgain, page) => {
    const labels = announcementLabelsFor(locale);
    expect(labels.dontShowAgain).toBe(dontShowAgain);
    expect(labels.announcementPage.replace('{current}', '2').replace('{total}', '3')).toBe(page);
  });

  it('keeps an override and the rest of the locale', () => {
    const labels = announcementLabelsFor('ja', { close: 'とじる' });
    expect([labels.close, labels.nextAnnouncement]).toEqual(['とじる', '次へ']);
  });
});
