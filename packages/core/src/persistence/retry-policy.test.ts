import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableError } from './retry-policy';

describe('isRetryableError', () => {
  it.each([
    ['a network failure', new TypeError('Failed to fetch'), true],
    ['a thrown string', 'boom', true],
    ['408 Request Timeout', { status: 408 }, true],
    ['429 Too Many Requests', { status: 429 }, true],
    ['500', { status: 500 }, true],
    ['503', { status: 503 }, true],
    ['400', { status: 400 }, false],
    ['401', { status: 401 }, false],
    ['404', { status: 404 }, false],
    ['422', { status: 422 }, false],
    ['a non-numeric status', { status: '400' }, true],
  ])('retries %s: %s', (_, error, expected) => {
    expect(isRetryableError(error)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1_000],
    [2, 0, 1_000],
    [3, 0.5, 3_000],
    [20, 1, 60_000],
  ])('waits, before retry %i with random %d, %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, {}, () => random)).toBe(expected);
  });

  it('honours a custom base and cap', () => {
    expect(backoffDelay(4, { baseDelayMs: 100, maxDelayMs: 500 }, () => 1)).toBe(500);
  });
});
