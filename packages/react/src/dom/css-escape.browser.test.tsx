import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorSelector } from './anchor-selector';
import { serializeIdentifier } from './css-escape';

afterEach(() => {
  document.body.replaceChildren();
});

describe('serializeIdentifier in Chromium', () => {
  it('agrees with the native CSS.escape on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(serializeIdentifier(value)).toBe(CSS.escape(value));
      }),
    );
  });

  it('builds anchor selectors that match exactly the element with that name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'binary' }), (name) => {
        fc.pre(!name.includes('\0'));
        const element = document.createElement('div');
        element.setAttribute('data-guidepost', name);
        const other = document.createElement('div');
        other.setAttribute('data-guidepost', `${name}x`);
        document.body.replaceChildren(other, element);
        expect(document.querySelector(anchorSelector(name))).toBe(element);
      }),
    );
  });
});
