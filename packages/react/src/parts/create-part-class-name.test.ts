import { describe, expect, it } from 'vitest';
import { createPartClassName } from './create-part-class-name';

const partClassName = createPartClassName({ title: 'gp-title', close: 'gp-button gp-close' });

describe('createPartClassName', () => {
  it.each([
    { unstyled: false, classNames: {}, own: undefined, expected: 'gp-title' },
    {
      unstyled: false,
      classNames: { title: 'brand' },
      own: 'mine',
      expected: 'gp-title brand mine',
    },
    { unstyled: true, classNames: { title: 'brand' }, own: undefined, expected: 'brand' },
    { unstyled: true, classNames: {}, own: '', expected: undefined },
    { unstyled: false, classNames: { title: '' }, own: 'mine', expected: 'gp-title mine' },
  ])(
    'gives the title $expected (unstyled: $unstyled, own class: $own)',
    ({ unstyled, classNames, own, expected }) => {
      expect(partClassName('title', { unstyled, classNames }, own)).toBe(expected);
    },
  );

  it('gives each part its own default', () => {
    expect(partClassName('close', { unstyled: false, classNames: { title: 'brand' } })).toBe(
      'gp-button gp-close',
    );
  });
});
