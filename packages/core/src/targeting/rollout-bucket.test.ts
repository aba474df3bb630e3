import { describe, expect, it } from 'vitest';
import { compileRule } from './compile-rule';
import { rolloutBucket } from './rollout-bucket';

describe('rolloutBucket', () => {
  it.each<[string | number, string]>([
    ['user-1', ''],
    ['user-1', 'export-v2'],
    [42, 'a'],
    ['ユーザー', 'salt'],
    ['emoji-😀', 'salt'],
    ['lone-\ud800', 'salt'],
  ])('puts %s (salt %s) in one bucket in [0, 100), every time', (id, salt) => {
    const bucket = rolloutBucket(id, salt);
    expect(bucket).toBeGreaterThanOrEqual(0);
    expect(bucket).toBeLessThan(100);
    expect(rolloutBucket(id, salt)).toBe(bucket);
  });

  it('keeps known buckets stable across releases', () => {
    expect(rolloutBucket('user-24625', 'export-v2').toFixed(2)).toBe('93.20');
    expect(rolloutBucket('user-42', 'export-v2').toFixed(4)).toBe('48.3018');
  });

  it('treats a number id as its decimal string', () => {
    expect(rolloutBucket(42, 's')).toBe(rolloutBucket('42', 's'));
  });

  it('defaults the salt to empty', () => {
    expect(rolloutBucket('u1')).toBe(rolloutBucket('u1', ''));
  });

  it('hashes a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(rolloutBucket('a\ud800b', 's')).toBe(rolloutBucket('a\ufffdb', 's'));
  });

  it('gives unrelated buckets under different salts', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `user-${index}`);
    const bothIn = ids.filter(
      (id) => rolloutBucket(id, 'one') < 50 && rolloutBucket(id, 'two') < 50,
    ).length;
    // Independent 50% rollouts overlap on about a quarter of users.
    expect(Math.abs(bothIn / ids.length - 0.25)).toBeLessThan(0.04);
  });

  it.each([5, 20, 50, 90])('lets about %i% of sequential ids into a rollout', (percent) => {
    const inRollout = compileRule({ rollout: { percent, salt: 'seq' } });
    let count = 0;
    for (let index = 0; index < 10_000; index++) {
      if (inRollout({ user: { id: `user-${index}` }, now: 0 })) count += 1;
    }
    expect(Math.abs(count / 100 - percent)).toBeLessThanOrEqual(2);
  });
});
