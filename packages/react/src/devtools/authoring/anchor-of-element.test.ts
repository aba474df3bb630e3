import { afterEach, describe, expect, it } from 'vitest';
import { anchorOfElement, pickableOf } from './anchor-of-element';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('the anchor of a picked element', () => {
  it('is the name the element declares', () => {
    mount('<a href="/p" data-guidepost="sidebar-projects">Projects</a>');
    expect(anchorOfElement(document.querySelector('a')!)).toEqual({
      kind: 'declared',
      name: 'sidebar-projects',
      label: 'link "Projects"',
    });
  });

  it('is a name to add, made from the text, when it declares none', () => {
    mount('<button>  New   project! </button>');
    expect(anchorOfElement(document.querySelector('button')!)).toEqual({
      kind: 'missing',
      suggested: 'new-project',
      label: 'button "New project!"',
    });
  });

  it('prefers the accessible name, then a field label, then the role', () => {
    mount(`
      <button aria-label="Close the sidebar"><svg></svg></button>
      <label for="q">Search projects</label><input id="q" />
      <nav></nav>`);
    expect(anchorOfElement(document.querySelector('button')!)).toMatchObject({
      suggested: 'close-the-sidebar',
    });
    expect(anchorOfElement(document.querySelector('input')!)).toMatchObject({
      suggested: 'search-projects',
      label: 'textbox "Search projects"',
    });
    expect(anchorOfElement(document.querySelector('nav')!)).toMatchObject({
      suggested: 'navigation',
    });
  });

  it('never suggests a name another anchor has', () => {
    mount(
      '<div data-guidepost="export"></div><div data-guidepost="export-2"></div><button>Export</button>',
    );
    expect(anchorOfElement(document.querySelector('button')!)).toMatchObject({
      suggested: 'export-3',
    });
  });

  it('suggests no CSS path, whatever the markup', () => {
    mount('<div class="x"><span style="display:block"></span></div>');
    const { suggested } = anchorOfElement(document.querySelector('span')!) as { suggested: string };
    expect(suggested).toMatch(/^[a-z0-9-]+$/);
  });

  it('picks the control, not the icon inside it', () => {
    mount('<button data-guidepost="save"><svg><path></path></svg> Save</button>');
    expect(pickableOf(document.querySelector('path')!)).toBe(document.querySelector('button'));
  });
});
