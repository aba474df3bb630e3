import { describe, expect, it } from 'vitest';
import { isSameValue } from './is-same-value';

const rule = () => true;

describe('isSameValue', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal primitives', 'a', 'a', true],
    ['NaN and NaN', Number.NaN, Number.NaN, true],
    ['different primitives', 1, '1', false],
    ['objects with the same entries in another order', { a: 1, b: 2 }, { b: 2, a: 1 }, true],
    ['objects with another value', { a: 1 }, { a: 2 }, false],
    ['an object with an extra key', { a: 1 }, { a: 1, b: undefined }, false],
    [
      'nested arrays and objects',
      { all: [{ attr: 'x', in: [1, 2] }] },
      { all: [{ attr: 'x', in: [1, 2] }] },
      true,
    ],
    ['arrays in another order', [1, 2], [2, 1], false],
    ['an array and an object', [1], { 0: 1 }, false],
    ['dates at the same time', new Date(5), new Date(5), true],
    ['dates at other times', new Date(5), new Date(6), false],
    ['a date and its ISO string', new Date(0), new Date(0).toISOString(), false],
    ['the same function', { rule }, { rule }, true],
    ['two equal-looking functions', { rule: () => true }, { rule: () => true }, false],
    ['null and an empty object', null, {}, false],
    ['class instances', new Map(), new Map(), false],
  ])('%s', (_, a, b, expected) => {
    expect(isSameValue(a, b)).toBe(expected);
    expect(isSameValue(b, a)).toBe(expected);
  });
});
