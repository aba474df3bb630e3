import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOutsideInert } from './make-outside-inert';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The attribute the engine hides with: `inert` where it has one, `aria-hidden` otherwise. */
const ATTRIBUTE = 'inert' in document.body ? 'inert' : 'aria-hidden';
const HIDDEN = ATTRIBUTE === 'inert' ? '[inert]' : '[aria-hidden="true"]';

function page(): void {
  document.body.innerHTML = `
    <header id="header"><button>Menu</button></header>
    <main id="main"><p id="text">Text</p></main>
    <div id="portal-a"><div id="backdrop-a"></div><div id="dialog-a" role="dialog"></div></div>
    <div id="portal-b"><div id="dialog-b" role="dialog"></div></div>
  `;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const isHidden = (id: string) => byId(id).closest(HIDDEN) !== null;
const hiddenIds = () => [...document.querySelectorAll(HIDDEN)].map((element) => element.id).sort();

/** What the app adds to the page: `html` at the end of the element with id `parent`. */
function add(parent: string, html: string): void {
  byId(parent).insertAdjacentHTML('beforeend', html);
}

/** Lets the mutation observers see what was added. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('makeOutsideInert with elements added while it holds', () => {
  it('hides a node appended to the body, and restores it on release', async () => {
    page();
    const restore = makeOutsideInert([byId('dialog-a'), byId('backdrop-a')]);
    add('main', '<p id="late-text">More text</p>');
    document.body.insertAdjacentHTML('beforeend', '<div id="toast"><button>Undo</button></div>');
    await observed();
    expect(isHidden('toast')).toBe(true);
    expect(isHidden('late-text')).toBe(true);
    restore();
    expect(hiddenIds()).toEqual([]);
    expect(byId('toast').hasAttribute(ATTRIBUTE)).toBe(false);
  });

  it('hides a node added beside an ancestor of a kept element, but never inside it', async () => {
    page();
    const restore = makeOutsideInert([byId('dialog-a')]);
    add('portal-a', '<div id="menu"><button>Copy</button></div>');
    add('dialog-a', '<button id="in-dialog">Next</button>');
    await observed();
    expect(isHidden('menu')).toBe(true);
    expect(isHidden('in-dialog')).toBe(false);
    restore();
    expect(hiddenIds()).toEqual([]);
  });

  it('restores a node added and removed while it held', async () => {
    page();
    const restore = makeOutsideInert([byId('dialog-a')]);
    document.body.insertAdjacentHTML('beforeend', '<div id="toast"><button>Undo</button></div>');
    await observed();
    const toast = byId('toast');
    expect(isHidden('toast')).toBe(true);
    toast.remove();
    restore();
    expect(toast.hasAttribute(ATTRIBUTE)).toBe(false);
  });

  it('never un-hides a node the page hid itself', async () => {
    page();
    const restore = makeOutsideInert([byId('dialog-a')]);
    const own = ATTRIBUTE === 'inert' ? 'inert' : 'aria-hidden="true"';
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="widget"><button>Chat</button></div><div id="shelf" ${own}><button>Buy</button></div>`,
    );
    await observed();
    expect(isHidden('widget')).toBe(true);
    expect(isHidden('shelf')).toBe(true);
    restore();
    expect(hiddenIds()).toEqual(['shelf']);
  });

  it('leaves a live region added while it holds exposed, and hides what is beside it', async () => {
    page();
    const restore = makeOutsideInert([byId('dialog-a')]);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="toaster">
        <div id="toasts" aria-live="polite"><button id="undo">Undo</button></div>
        <button id="dismiss-all">Dismiss all</button>
      </div>
      <div id="status" role="status">Saved</div>`,
    );
    await observed();
    expect(isHidden('undo')).toBe(false);
    expect(isHidden('status')).toBe(false);
    expect(isHidden('dismiss-all')).toBe(true);
    restore();
    expect(hiddenIds()).toEqual([]);
  });

  it('keeps a nested modal added while it holds usable, and restores the page in any order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.boolean(), async (addsBetween, outerClosesFirst) => {
        page();
        byId('portal-b').remove();
        const before = document.body.innerHTML;
        const outer = makeOutsideInert([byId('dialog-a'), byId('backdrop-a')]);
        let nested: () => void = () => undefined;
        try {
          document.body.insertAdjacentHTML('beforeend', '<div id="toast"></div>');
          // The nested modal's portal, seen by the outer hold or not before the nested one begins.
          document.body.insertAdjacentHTML(
            'beforeend',
            '<div id="nested"><div id="dialog-n"></div></div>',
          );
          if (addsBetween) await observed();
          nested = makeOutsideInert([byId('dialog-n')]);
          document.body.insertAdjacentHTML('beforeend', '<div id="chat"></div>');
          await observed();
          expect(isHidden('dialog-n')).toBe(false);
          expect(hiddenIds()).toEqual(['chat', 'header', 'main', 'portal-a', 'toast']);

          if (outerClosesFirst) outer();
          else nested();
          await observed();
          expect(isHidden(outerClosesFirst ? 'dialog-n' : 'dialog-a')).toBe(false);
          expect(isHidden('chat')).toBe(true);
          expect(isHidden('toast')).toBe(true);
        } finally {
          // Undoing twice does nothing: a failed run must not leave a hold to the next one.
          outer();
          nested();
        }
        for (const id of ['toast', 'nested', 'chat']) byId(id).remove();
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 8 },
    );
  });
});
