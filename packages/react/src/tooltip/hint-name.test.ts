import type { TooltipGuide } from '@guidepost/core';
import { describe, expect, it } from 'vitest';
import { hintName } from './hint-name';

const guide = (title: TooltipGuide['title'], body: TooltipGuide['body']): TooltipGuide => ({
  kind: 'tooltip',
  target: 'export',
  body,
  ...(title === undefined ? {} : { title }),
});

describe('hintName', () => {
  it.each([
    ['Open hint', guide('Export', 'Download it.'), 'Open hint: Export'],
    ['ヒントを開く', guide('書き出し', '…'), 'ヒントを開く: 書き出し'],
    ['{title}のヒントを開く', guide('書き出し', '…'), '書き出しのヒントを開く'],
    ['Open hint', guide(undefined, 'Download it.'), 'Open hint: Download it.'],
    ['Open hint', guide(undefined, 'x'.repeat(80)), `Open hint: ${'x'.repeat(59)}…`],
    ['Open hint', guide(undefined, ''), 'Open hint'],
    ['Open hint', undefined, 'Open hint'],
  ])('%s with %j is %j', (template, hint, expected) => {
    expect(hintName(template, hint)).toBe(expected);
  });
});
