import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOutsideInert } from './make-outside-inert';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The attribute the engine hides with: `inert` where it has one, `aria-hidden` otherwise. */
const HIDDEN = 'inert' in document.body ? '[inert]' : '[aria-hidden="true"]';

function page(): Record<string, HTMLElement> {
  document.body.innerHTML = `
    <header id="header"><button>Menu</button></header>
    <main id="main">
      <p id="text">Text</p>
      <div id="status" role="status"></div>
      <aside id="aside" aria-hidden="true">Already hidden</aside>
    </main>
    <div id="portal-a"><div id="backdrop-a"></div><div id="dialog-a" role="dialog"></div></div>
    <div id="portal-b"><div id="dialog-b" role="dialog"></div></div>
  `;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return Object.fromEntries(
    [
      'header',
      'main',
      'text',
      'status',
      'aside',
      'portal-a',
      'backdrop-a',
      'dialog-a',
      'portal-b',
      'dialog-b',
    ].map((id) => [id, byId(id)]),
  );
}

const hiddenIds = () => [...document.querySelectorAll(HIDDEN)].map((element) => element.id).sort();

describe('makeOutsideInert', () => {
  it('hides every sibling of the inside elements and of their ancestors, but not live regions', () => {
    const elements = page();
    const restore = makeOutsideInert([
      elements['dialog-a'] ?? null,
      elements['backdrop-a'] ?? null,
    ]);
    expect(hiddenIds()).toEqual(['aside', 'header', 'portal-b', 'text']);
    expect(elements.status?.closest(HIDDEN)).toBeNull();
    restore();
    expect(hiddenIds()).toEqual(['aside']);
  });

  it('does nothing with no inside element', () => {
    page();
    const restore = makeOutsideInert([null]);
    expect(hiddenIds()).toEqual(['aside']);
    restore();
  });

  it('restores the page exactly, whatever order nested modals close in', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (firstOpensFirst, firstClosesFirst) => {
        const elements = page();
        const before = document.body.innerHTML;
        const open = (id: string) => makeOutsideInert([elements[id] ?? null]);
        const [a, b] = firstOpensFirst
          ? [open('dialog-a'), open('dialog-b')]
          : [open('dialog-b'), open('dialog-a')].reverse();
        expect(hiddenIds()).toContain('header');
        for (const restore of firstClosesFirst ? [a, b] : [b, a]) restore?.();
        expect(document.body.innerHTML).toBe(before);
      }),
    );
  });
});
