import { describe, expect, it } from 'vitest';
import { serializeIdentifier } from './css-escape';

describe('serializeIdentifier', () => {
  it.each([
    ['plain', 'plain'],
    ['new-project', 'new-project'],
    ['1st', '\\31 st'],
    ['-1', '-\\31 '],
    ['-', '\\-'],
    ['a b', 'a\\ b'],
    ['"quoted"', '\\"quoted\\"'],
    ['\0', '\uFFFD'],
    ['\u007f', '\\7f '],
    ['日本', '日本'],
  ])('escapes %j as CSS.escape does', (input, expected) => {
    expect(serializeIdentifier(input)).toBe(expected);
  });
});
