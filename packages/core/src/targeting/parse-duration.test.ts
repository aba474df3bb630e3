import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration';

describe('parseDuration', () => {
  it.each<[string, number | undefined]>([
    ['45s', 45_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['2w', 1_209_600_000],
    ['1.5h', 5_400_000],
    ['0d', 0],
    ['7', undefined],
    ['d', undefined],
    ['7 d', undefined],
    ['7days', undefined],
    ['-1d', undefined],
    ['1e3s', undefined],
    ['7D', undefined],
    ['', undefined],
    ['1.d', undefined],
  ])('%s is %s ms', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });
});
