import { describe, expect, it } from 'vitest';
import {
  checklistLabelsFor,
  defaultChecklistLabels,
  japaneseChecklistLabels,
  type ChecklistLabels,
} from './checklist-labels';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('checklist labels', () => {
  it.each(Object.keys(defaultChecklistLabels) as (keyof ChecklistLabels)[])(
    'Japanese %s is translated and keeps the same placeholders',
    (key) => {
      expect(japaneseChecklistLabels[key]).not.toBe('');
      expect(japaneseChecklistLabels[key]).not.toBe(defaultChecklistLabels[key]);
      expect(placeholders(japaneseChecklistLabels[key])).toEqual(
        placeholders(defaultChecklistLabels[key]),
      );
    },
  );

  it.each([
    ['ja', 'すべて完了しました！', '完了'],
    ['en-US', 'All done!', 'Done'],
  ])('picks the %s labels', (locale, allDone, done) => {
    const labels = checklistLabelsFor(locale);
    expect([labels.checklistAllDone, labels.checklistItemDone]).toEqual([allDone, done]);
  });

  it('keeps an override and the rest of the locale', () => {
    const labels = checklistLabelsFor('ja', { checklistAllDone: 'おめでとう！' });
    expect([labels.checklistAllDone, labels.checklistDismiss]).toEqual([
      'おめでとう！',
      'チェックリストを非表示にする',
    ]);
  });
});
