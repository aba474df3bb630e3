import { afterEach, describe, expect, it } from 'vitest';
import { isTargetVisible } from './is-target-visible';

afterEach(() => {
  document.body.replaceChildren();
});

function mount(html: string): Element {
  document.body.innerHTML = html;
  const target = document.querySelector('#target');
  if (target === null) throw new Error('fixture has no #target');
  return target;
}

describe('isTargetVisible in Chromium', () => {
  it.each([
    ['a plain button', '<button id="target">Save</button>', true],
    [
      'a child shown inside a visibility:hidden parent',
      '<div style="visibility:hidden"><button id="target" style="visibility:visible">Save</button></div>',
      true,
    ],
    ['display:none on the target', '<button id="target" style="display:none">Save</button>', false],
    [
      'display:none on an ancestor',
      '<div style="display:none"><div><button id="target">Save</button></div></div>',
      false,
    ],
    [
      'the hidden attribute on an ancestor',
      '<section hidden><button id="target">Save</button></section>',
      false,
    ],
    [
      'visibility:hidden on the target',
      '<button id="target" style="visibility:hidden">Save</button>',
      false,
    ],
    [
      'visibility:hidden on an ancestor',
      '<div style="visibility:hidden"><button id="target">Save</button></div>',
      false,
    ],
    ['a 0×0 box', '<div id="target" style="width:0;height:0"></div>', false],
    ['an empty div (no height)', '<div id="target"></div>', false],
    [
      'a closed <details> body',
      '<details><summary>More</summary><button id="target">Save</button></details>',
      false,
    ],
  ])('%s → %s', (_, html, visible) => {
    expect(isTargetVisible(mount(html))).toBe(visible);
  });

  it('treats a detached element as missing', () => {
    const target = mount('<button id="target">Save</button>');
    target.remove();
    expect(isTargetVisible(target)).toBe(false);
  });

  it('sees through a display:none shadow host', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.querySelector('#host') as HTMLElement;
    const button = document.createElement('button');
    button.textContent = 'Inside';
    host.attachShadow({ mode: 'open' }).append(button);
    expect(isTargetVisible(button)).toBe(true);
    host.style.display = 'none';
    expect(isTargetVisible(button)).toBe(false);
  });
});
