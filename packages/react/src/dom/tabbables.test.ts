import { afterEach, describe, expect, it } from 'vitest';
import { adjacentTabbable, isTabbable, tabbablesIn } from './tabbables';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

const names = (elements: readonly Element[]) =>
  elements.map((element) => element.getAttribute('data-name'));

describe('isTabbable', () => {
  it.each([
    ['a button', '<button>x</button>', true],
    ['a link', '<a href="/docs">x</a>', true],
    ['an anchor without href', '<a>x</a>', false],
    ['a text field', '<input />', true],
    ['a hidden input', '<input type="hidden" />', false],
    ['a disabled button', '<button disabled>x</button>', false],
    ['a button in a disabled fieldset', '<fieldset disabled><button>x</button></fieldset>', false],
    ['tabindex 0', '<div tabindex="0">x</div>', true],
    ['tabindex -1', '<button tabindex="-1">x</button>', false],
    ['a button in an inert subtree', '<div inert><button>x</button></div>', false],
    ['a button with display none', '<button style="display: none">x</button>', false],
    ['a button in a hidden ancestor', '<div hidden><button>x</button></div>', false],
    ['a button with visibility hidden', '<button style="visibility: hidden">x</button>', false],
    ['a plain div', '<div>x</div>', false],
  ])('%s: %s', (_, html, expected) => {
    const element = mount(html).querySelector('button, a, input, div') as Element;
    expect(isTabbable(element)).toBe(expected);
  });
});

describe('tabbablesIn', () => {
  it('lists positive tabindex first, in ascending order, then the rest in document order', () => {
    const container = mount(`
      <button data-name="a">a</button>
      <button data-name="b" tabindex="2">b</button>
      <button data-name="c" tabindex="-1">c</button>
      <a data-name="d" href="#d">d</a>
      <button data-name="e" tabindex="1">e</button>
    `);
    expect(names(tabbablesIn(container))).toEqual(['e', 'b', 'a', 'd']);
  });

  it('leaves out the container itself', () => {
    const container = mount(
      '<div data-name="self" tabindex="0"><button data-name="x">x</button></div>',
    );
    expect(names(tabbablesIn(container.firstElementChild as Element))).toEqual(['x']);
  });
});

describe('adjacentTabbable', () => {
  const page = () =>
    mount(`
      <button data-name="before">before</button>
      <div data-name="reference" tabindex="0"><button data-name="inside">inside</button></div>
      <button data-name="after">after</button>
      <section data-name="surface"><button data-name="in-surface">in surface</button></section>
    `);

  it.each([
    [1, 'after'],
    [-1, 'before'],
  ] as const)('in direction %d finds %s, never the reference’s own contents', (direction, name) => {
    const container = page();
    const reference = container.querySelector('[data-name="reference"]') as Element;
    const surface = container.querySelector('section');
    expect(adjacentTabbable(reference, direction, [surface])?.getAttribute('data-name')).toBe(name);
  });

  it('skips what is in `skip`, and finds nothing past the end of the page', () => {
    const container = page();
    const after = container.querySelector('[data-name="after"]') as Element;
    expect(adjacentTabbable(after, 1, [container.querySelector('section')])).toBeUndefined();
    expect(adjacentTabbable(after, 1)?.getAttribute('data-name')).toBe('in-surface');
  });
});
