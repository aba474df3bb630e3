import { describe, expect, it } from 'vitest';
import { defaultLabels } from './default-labels';
import { formatLabel } from './format-label';
import { japaneseLabels } from './japanese-labels';

describe('formatLabel', () => {
  it.each([
    [defaultLabels.stepProgress, { current: 2, total: 5 }, 'Step 2 of 5'],
    [japaneseLabels.stepProgress, { current: 2, total: 5 }, 'ステップ 2/5'],
    [defaultLabels.checklistProgress, { done: 3, total: 4 }, '3 of 4 done'],
    [japaneseLabels.checklistProgress, { done: 3, total: 4 }, '4件中3件完了'],
    ['{a}{a} {b}', { a: 'x', b: '' }, 'xx '],
    ['Step {current} of {total}', { current: 1 }, 'Step 1 of {total}'],
    ['{constructor} {toString} {__proto__}', {}, '{constructor} {toString} {__proto__}'],
    ['{ spaced } {not-a-name}', { spaced: 'x' }, '{ spaced } {not-a-name}'],
    ['No placeholders', { current: 1 }, 'No placeholders'],
  ])('fills %j with %j', (template, values, expected) => {
    expect(formatLabel(template, values)).toBe(expected);
  });

  it('inserts values as text, never as further templates', () => {
    expect(formatLabel('{a} {b}', { a: '{b}', b: 'B' })).toBe('{b} B');
  });
});
