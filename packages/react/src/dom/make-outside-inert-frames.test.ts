import { afterEach, describe, expect, it } from 'vitest';
import { makeOutsideInert } from './make-outside-inert';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The attribute the engine hides with: `inert` where it has one, `aria-hidden` otherwise. */
const HIDDEN = 'inert' in document.body ? '[inert]' : '[aria-hidden="true"]';

function pageWithFrame(): { frame: HTMLIFrameElement; dialog: HTMLElement; inFrame: Element } {
  document.body.innerHTML = `
    <header id="header"><button>Menu</button></header>
    <main id="main">
      <p id="text">Text</p>
      <iframe id="report" title="Report"></iframe>
    </main>
    <div id="portal"><div id="dialog" role="dialog"></div></div>
  `;
  const frame = document.getElementById('report') as HTMLIFrameElement;
  const frameDocument = frame.contentDocument as Document;
  frameDocument.body.innerHTML = '<p id="intro">Intro</p><button id="export">Export</button>';
  return {
    frame,
    dialog: document.getElementById('dialog') as HTMLElement,
    inFrame: frameDocument.getElementById('export') as Element,
  };
}

describe('makeOutsideInert with an inside element in a same-origin iframe', () => {
  it('keeps the frame that holds it live and leaves the frame’s own document alone', () => {
    const { frame, dialog, inFrame } = pageWithFrame();
    const restore = makeOutsideInert([dialog, inFrame]);
    const hidden = [...document.querySelectorAll(HIDDEN)].map((element) => element.id).sort();
    expect(hidden).toEqual(['header', 'text']);
    expect(frame.closest(HIDDEN)).toBeNull();
    expect(frame.contentDocument?.querySelectorAll(HIDDEN)).toHaveLength(0);
    restore();
    expect(document.querySelectorAll(HIDDEN)).toHaveLength(0);
  });
});
