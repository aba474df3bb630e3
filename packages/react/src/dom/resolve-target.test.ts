import type { GuideTarget } from '@guidepost/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveTarget } from './resolve-target';

let save: HTMLButtonElement;
let projects: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <nav><a href="/projects" data-guidepost="sidebar-projects">Projects</a></nav>
    <main>
      <button id="save" data-guidepost="save_2">Save</button>
      <span data-guidepost='odd "name"'>Odd</span>
    </main>`;
  save = document.querySelector('#save') as HTMLButtonElement;
  projects = document.querySelector('nav a') as HTMLElement;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('resolveTarget', () => {
  it.each<[string, () => GuideTarget, () => Element | null]>([
    ['an anchor name', () => 'sidebar-projects', () => projects],
    ['an anchor name with digits and _', () => 'save_2', () => save],
    ['a CSS selector string', () => 'main > #save', () => save],
    ['{ anchor }', () => ({ anchor: 'sidebar-projects' }), () => projects],
    [
      '{ anchor } with quotes in the name',
      () => ({ anchor: 'odd "name"' }),
      () => document.querySelector('span'),
    ],
    ['{ selector }', () => ({ selector: 'nav a[href="/projects"]' }), () => projects],
    ['an element', () => save, () => save],
    ['a ref', () => ({ current: save }), () => save],
    ['a resolver function', () => () => save, () => save],
  ])('finds the element from %s', (_, target, expected) => {
    expect(resolveTarget(target())).toBe(expected());
  });

  it.each<[string, () => GuideTarget]>([
    ['an anchor name nobody uses', () => 'nowhere'],
    ['an invalid selector', () => 'main >> [[['],
    ['an empty string', () => ''],
    ['an invalid { selector }', () => ({ selector: ':::' })],
    ['an empty { anchor }', () => ({ anchor: '' })],
    ['an empty ref', () => ({ current: null })],
    ['a ref to something that is not an element', () => ({ current: 'save' })],
    ['a resolver that returns nothing', () => () => undefined],
    [
      'a resolver that throws',
      () => () => {
        throw new Error('not rendered yet');
      },
    ],
    // A definition from plain JavaScript is not held to the type.
    ['an unrelated object', () => ({ id: 'save' }) as unknown as GuideTarget],
  ])('gives null, without throwing, for %s', (_, target) => {
    expect(resolveTarget(target())).toBeNull();
  });

  it('treats a plain word as an anchor name, not a tag selector', () => {
    expect(resolveTarget('button')).toBeNull();
    expect(resolveTarget('button:not([hidden])')).toBe(save);
  });

  it('looks anchor names and selectors up under the given root only', () => {
    const main = document.querySelector('main') as HTMLElement;
    expect(resolveTarget('sidebar-projects', main)).toBeNull();
    expect(resolveTarget('save_2', main)).toBe(save);
    expect(resolveTarget({ selector: 'a' }, main)).toBeNull();
  });
});
