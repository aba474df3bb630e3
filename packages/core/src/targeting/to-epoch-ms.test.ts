import { describe, expect, it } from 'vitest';
import { toEpochMs } from './to-epoch-ms';
import type { DateInput } from './types';

describe('toEpochMs', () => {
  it.each<[DateInput, number | undefined]>([
    ['2026-12-01', Date.UTC(2026, 11, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2000-02-29', Date.UTC(2000, 1, 29)],
    ['0050-06-01', Date.parse('0050-06-01T00:00:00Z')],
    ['2026-12-01T09:30', Date.UTC(2026, 11, 1, 9, 30)],
    ['2026-12-01T09:30:15', Date.UTC(2026, 11, 1, 9, 30, 15)],
    ['2026-12-01T09:30:15.250Z', Date.UTC(2026, 11, 1, 9, 30, 15, 250)],
    ['2026-12-01T09:30:15.2Z', Date.UTC(2026, 11, 1, 9, 30, 15, 200)],
    ['2026-12-01T09:30:15.123456Z', Date.UTC(2026, 11, 1, 9, 30, 15, 123)],
    ['2026-12-01t09:30:15z', Date.UTC(2026, 11, 1, 9, 30, 15)],
    ['2026-12-01 09:30:15Z', Date.UTC(2026, 11, 1, 9, 30, 15)],
    ['2026-12-01T09:00:00+09:00', Date.UTC(2026, 11, 1)],
    ['2026-12-01T09:00:00+0900', Date.UTC(2026, 11, 1)],
    ['2026-12-01T09:00:00+09', Date.UTC(2026, 11, 1)],
    ['2026-11-30T19:00:00-05:00', Date.UTC(2026, 11, 1)],
    [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1)],
    [0, 0],
    [-86_400_000, -86_400_000],
    [new Date(Date.UTC(2026, 0, 1)), Date.UTC(2026, 0, 1)],
    ['2023-02-29', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-04-31', undefined],
    ['2026-1-1', undefined],
    ['2026-12-01T24:00', undefined],
    ['2026-12-01T10:60', undefined],
    ['2026-12-01T10:00:60', undefined],
    ['2026-12-01T10:00:00.Z', undefined],
    ['2026-12-01T10:00:00+25:00', undefined],
    ['2026-12-01T10:00:00 extra', undefined],
    ['2026-12-01X10:00', undefined],
    ['12/01/2026', undefined],
    ['December 1, 2026', undefined],
    ['yesterday', undefined],
    ['', undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [9e15, undefined],
    [new Date(Number.NaN), undefined],
  ])('%s reads as %s', (input, expected) => {
    expect(toEpochMs(input)).toBe(expected);
  });

  it('gives undefined for a fake Date instead of throwing', () => {
    const fake = Object.create(Date.prototype) as Date;
    expect(toEpochMs(fake)).toBeUndefined();
  });

  it('agrees with Date.parse on every UTC instant it accepts', () => {
    for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2100, 0, 1); time += 7_777_777_777) {
      const iso = new Date(time).toISOString();
      expect(toEpochMs(iso)).toBe(Date.parse(iso));
    }
  });
});
