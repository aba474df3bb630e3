import { afterEach, describe, expect, it } from 'vitest';
import { lockBodyScroll } from './lock-body-scroll';

afterEach(() => {
  // Read first: Chromium only writes a `style` changed through the CSSOM when it is read.
  if (document.body.hasAttribute('style')) document.body.removeAttribute('style');
});

// Nothing reads the body's `style` attribute while it is locked: reading makes Chromium write
// it out, which would hide an attribute left behind by the release.
describe('lockBodyScroll in Chromium', () => {
  it('leaves no style attribute on a body that had none', () => {
    const release = lockBodyScroll();
    expect(getComputedStyle(document.body).overflow).toBe('hidden');
    release();
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it('leaves no style attribute after two overlapping locks', () => {
    const first = lockBodyScroll();
    const second = lockBodyScroll();
    first();
    expect(getComputedStyle(document.body).overflow).toBe('hidden');
    second();
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it.each([
    'overflow-x: hidden;',
    'overflow-y: scroll; color: red;',
    'color: red; overflow: auto; padding-right: 4px;',
    '',
  ])('gives a body with style="%s" back exactly that', (own) => {
    document.body.setAttribute('style', own);
    const release = lockBodyScroll();
    expect(getComputedStyle(document.body).overflowY).toBe('hidden');
    release();
    expect(document.body.getAttribute('style')).toBe(own);
  });

  it('gives an important overflow of the page back, as a declaration', () => {
    document.body.setAttribute('style', 'overflow: scroll !important; color: red;');
    const release = lockBodyScroll();
    expect(getComputedStyle(document.body).overflowY).toBe('hidden');
    release();
    // Chromium may reorder a declaration it set again: the same declarations, in any order.
    const { style } = document.body;
    expect(style.getPropertyValue('overflow')).toBe('scroll');
    expect(style.getPropertyPriority('overflow')).toBe('important');
    expect(style.getPropertyValue('color')).toBe('red');
    expect(style.length).toBe(3);
  });
});
