import { describe, expect, it } from 'vitest';
import { parseDateInput } from './parse-date-input';

describe('parseDateInput', () => {
  it.each<[unknown, number]>([
    ['2026-12-01', Date.UTC(2026, 11, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2026-12-01T09:30:00Z', Date.UTC(2026, 11, 1, 9, 30)],
    ['2026-12-01T09:30:00.250+09:00', Date.UTC(2026, 11, 1, 0, 30, 0, 250)],
    [0, 0],
    [new Date(Date.UTC(2026, 0, 1)), Date.UTC(2026, 0, 1)],
  ])('reads %j', (value, time) => {
    expect(parseDateInput(value)).toBe(time);
  });

  it.each<unknown>([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-12-01T24:00',
    '2026-12-01T10:60',
    '2026-12-01T10:00+25:00',
    '12/01/2026',
    '2026-1-1',
    'soon',
    '',
    Number.NaN,
    Infinity,
    9e15,
    new Date(Number.NaN),
    null,
    {},
  ])('refuses %j', (value) => {
    expect(parseDateInput(value)).toBeUndefined();
  });
});
