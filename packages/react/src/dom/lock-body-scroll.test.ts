import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockBodyScroll } from './lock-body-scroll';

const SCROLLBAR = 15;

/** The body's inline style: whether it has the attribute, and each declaration. */
function bodyStyle() {
  const { style } = document.body;
  const declarations = Array.from(style, (name) => [
    name,
    style.getPropertyValue(name),
    style.getPropertyPriority(name),
  ]);
  return { hasAttribute: document.body.hasAttribute('style'), declarations: declarations.sort() };
}

beforeEach(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', {
    configurable: true,
    get: () => window.innerWidth - SCROLLBAR,
  });
});

afterEach(() => {
  Reflect.deleteProperty(document.documentElement, 'clientWidth');
  document.body.removeAttribute('style');
});

describe('lockBodyScroll', () => {
  it.each([
    ['no style attribute', null, SCROLLBAR],
    ['an empty style attribute', '', SCROLLBAR],
    [
      'its own overflow and padding',
      'overflow: auto; padding-right: 4px; color: red;',
      4 + SCROLLBAR,
    ],
    ['an important overflow', 'overflow: scroll !important;', SCROLLBAR],
  ])('hides overflow, pads for the scrollbar, and restores a body with %s', (_, style, padding) => {
    if (style !== null) document.body.setAttribute('style', style);
    const before = bodyStyle();

    const release = lockBodyScroll();
    expect(document.body.style.overflow).toBe('hidden');
    expect(document.body.style.paddingRight).toBe(`${padding}px`);

    release();
    expect(bodyStyle()).toEqual(before);
  });

  it.each([
    ['first in, first out', [0, 1]],
    ['last in, first out', [1, 0]],
  ])('keeps the page locked until the last of two locks goes (%s)', (_, order) => {
    const before = bodyStyle();
    const releases = [lockBodyScroll(), lockBodyScroll()];
    expect(document.body.style.paddingRight).toBe(`${SCROLLBAR}px`);

    releases[order[0] ?? 0]?.();
    expect(document.body.style.overflow).toBe('hidden');
    expect(document.body.style.paddingRight).toBe(`${SCROLLBAR}px`);

    releases[order[1] ?? 1]?.();
    expect(bodyStyle()).toEqual(before);
  });

  it('ignores a release called twice', () => {
    const first = lockBodyScroll();
    const second = lockBodyScroll();
    first();
    first();
    expect(document.body.style.overflow).toBe('hidden');
    second();
    expect(document.body.getAttribute('style')).toBeNull();
  });

  it('adds no padding when the page keeps a stable scrollbar gutter', () => {
    document.documentElement.style.setProperty('scrollbar-gutter', 'stable');
    const release = lockBodyScroll();
    expect(document.body.style.paddingRight).toBe('');
    release();
    document.documentElement.style.removeProperty('scrollbar-gutter');
    expect(document.body.getAttribute('style')).toBeNull();
  });
});
