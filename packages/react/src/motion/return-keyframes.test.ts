import { describe, expect, it } from 'vitest';
import { APPEAR, ENTER, EXIT, type MotionPreset } from './motion-presets';
import { returnKeyframes } from './return-keyframes';

const fadeOut: MotionPreset = { ...EXIT, keyframes: { opacity: ['1', '0'] } };

describe('returnKeyframes', () => {
  it.each([
    ['the default enter after the exit', ENTER, EXIT, { opacity: [null, '1'], scale: [null, '1'] }],
    [
      'an appear that animates nothing, after the exit',
      APPEAR,
      EXIT,
      { opacity: [null, '1'], scale: [null, '1'] },
    ],
    [
      'an appear that animates nothing, after a fade-out',
      APPEAR,
      fadeOut,
      { opacity: [null, '1'] },
    ],
    [
      'the default enter after a fade-out',
      ENTER,
      fadeOut,
      { opacity: [null, '1'], scale: [null, '1'] },
    ],
  ])('brings every animated property back from where it stands: %s', (_, enter, exit, expected) => {
    expect(returnKeyframes(enter, exit)).toEqual(expected);
  });

  it('ends where the enter ends, not where the exit started, for a property both animate', () => {
    const enter: MotionPreset = { ...ENTER, keyframes: { opacity: ['0', '0.9'] } };
    expect(returnKeyframes(enter, EXIT).opacity).toEqual([null, '0.9']);
  });
});
