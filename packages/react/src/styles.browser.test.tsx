/// <reference types="vite/client" />
import { defineGuidepost, memoryAdapter } from '@guidepost/core';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { AnnouncementModal } from './announcement/announcement-modal';
import { Checklist } from './checklist/checklist';
import { GuidepostProvider } from './provider/guidepost-provider';
import everythingCss from './styles.css?inline';
import announcementCss from './styles/announcement.css?inline';
import baseCss from './styles/base.css?inline';
import checklistCss from './styles/checklist.css?inline';
import tooltipCss from './styles/tooltip.css?inline';
import tourCss from './styles/tour.css?inline';
import './test/browser-commands';
import { expectNoAxeViolations } from './test/expect-no-axe-violations';
import { Tooltip } from './tooltip/tooltip';
import { Tour } from './tour/tour';

/** Applies exactly these stylesheets to the page, as an app that imports them would. */
function useSheets(...texts: string[]): void {
  document.adoptedStyleSheets = texts.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
}

afterEach(async () => {
  cleanup();
  document.adoptedStyleSheets = [];
  document.documentElement.removeAttribute('data-gp-theme');
  await commands.emulateMedia({ reducedMotion: null, colorScheme: null });
});

function Step() {
  return (
    <div role="dialog" aria-labelledby="gp-test-title" className="gp-surface gp-popover">
      <h2 id="gp-test-title" className="gp-title">
        Create a project
      </h2>
      <p className="gp-description">Projects keep your exports together.</p>
      <div className="gp-footer">
        <span className="gp-progress">Step 2 of 5</span>
        <button className="gp-button" data-variant="ghost">
          Back
        </button>
        <button className="gp-button" data-variant="primary">
          Next
        </button>
      </div>
      <button className="gp-button gp-close" aria-label="Close">
        ×
      </button>
    </div>
  );
}

const token = (name: string, element: Element = document.documentElement) =>
  getComputedStyle(element).getPropertyValue(name).trim();

describe('styles.css in Chromium', () => {
  beforeEach(() => {
    useSheets(everythingCss);
  });

  it('defines the theme tokens, with the top z-index', () => {
    expect(token('--gp-z-index')).toBe('2147483000');
    expect(token('--gp-radius')).not.toBe('');
    expect(token('--gp-font-family')).not.toBe('');
  });

  it.each([
    ['the system setting', 'dark', null],
    ['data-gp-theme="dark"', 'light', 'dark'],
  ] as const)('switches to dark with %s', async (_, colorScheme, theme) => {
    await commands.emulateMedia({ colorScheme });
    if (theme !== null) document.documentElement.setAttribute('data-gp-theme', theme);
    expect(token('--gp-color-scheme')).toBe('dark');
  });

  it('lets data-gp-theme="light" override a dark system setting', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    document.documentElement.setAttribute('data-gp-theme', 'light');
    expect(token('--gp-color-scheme')).toBe('light');
  });

  it.each(['light', 'dark'] as const)(
    'has enough colour contrast in the %s theme',
    async (colorScheme) => {
      await commands.emulateMedia({ colorScheme });
      const { container } = render(<Step />);
      await expectNoAxeViolations(container, { runOnly: ['color-contrast', 'button-name'] });
    },
  );

  it('shows a visible focus ring on keyboard focus', async () => {
    render(<Step />);
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    expect(focused).toBe(screen.getByRole('button', { name: 'Back' }));
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('mirrors the close button on right-to-left pages', () => {
    render(
      <div dir="rtl">
        <Step />
      </div>,
    );
    const surface = screen.getByRole('dialog').getBoundingClientRect();
    const close = screen.getByRole('button', { name: 'Close' }).getBoundingClientRect();
    expect(close.left - surface.left).toBeLessThan(surface.right - close.right);
  });

  it('stops the beacon pulse when the user prefers reduced motion', async () => {
    render(<button className="gp-beacon" aria-label="Open hint" />);
    const beacon = screen.getByRole('button', { name: 'Open hint' });
    expect(getComputedStyle(beacon, '::after').animationName).toBe('gp-pulse');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(beacon, '::after').animationName).toBe('none');
    expect(document.getAnimations()).toHaveLength(0);
  });
});

const GUIDES = {
  tour: {
    kind: 'tour',
    steps: [
      { id: 'one', target: 'save', title: 'Save your work', body: 'Saved as you type.' },
      { id: 'two', title: 'Done', body: 'That is all.' },
    ],
  },
  hint: { kind: 'tooltip', target: 'export', title: 'Export', body: 'As CSV.', beacon: true },
  list: {
    kind: 'checklist',
    title: 'Get started',
    items: [
      { id: 'a', label: 'Create a project', description: 'From the sidebar.' },
      { id: 'b', label: 'Read the docs', href: '/docs' },
    ],
  },
  news: {
    kind: 'announcement',
    title: 'New: bulk export',
    body: [{ type: 'list', items: [['CSV'], ['PDF']] }],
    cta: { label: 'Try it', href: '/export' },
  },
} as const;

/** A page with two anchors, and `guide` alone in the definition, so nothing else takes its turn. */
function Page({
  guide,
  children,
}: {
  readonly guide: keyof typeof GUIDES;
  readonly children: ReactNode;
}) {
  const definition = defineGuidepost({ guides: { [guide]: GUIDES[guide] } });
  return (
    <GuidepostProvider definition={definition} storage={memoryAdapter()} user={{ id: 'u1' }}>
      <button data-guidepost="save">Save</button>
      <button data-guidepost="export">Export</button>
      {children}
    </GuidepostProvider>
  );
}

/** What the stylesheets decide about each element: everything but position and motion. */
const PROPERTIES = [
  'display',
  'position',
  'z-index',
  'box-sizing',
  'width',
  'max-width',
  'height',
  'padding-top',
  'padding-inline-start',
  'padding-inline-end',
  'margin-top',
  'margin-bottom',
  'margin-inline-end',
  'gap',
  'flex-wrap',
  'justify-content',
  'align-items',
  'color',
  'background-color',
  'border-top-style',
  'border-top-color',
  'border-top-width',
  'border-top-left-radius',
  'box-shadow',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'text-decoration-line',
  'list-style-type',
  'cursor',
  'pointer-events',
  'fill',
  'stroke',
  'overflow-y',
];

/** The styles of every element in the page, and of their `::before` and `::after`. */
function pageStyles(): string[] {
  return [...document.body.querySelectorAll('*')].flatMap((element) =>
    [undefined, '::before', '::after'].map((pseudo) => {
      const style = getComputedStyle(element, pseudo);
      const values = PROPERTIES.map((name) => `${name}: ${style.getPropertyValue(name)}`);
      return `${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''} { ${values.join('; ')} }`;
    }),
  );
}

const GUIDE_OF = {
  tour: 'tour',
  tooltip: 'hint',
  checklist: 'list',
  announcement: 'news',
} as const;

describe('each component with base.css and its own stylesheet only', () => {
  beforeEach(async () => {
    // No entrance motion: the styles are read at once, never mid-animation.
    await commands.emulateMedia({ reducedMotion: 'reduce' });
  });

  it.each([
    [
      'tour',
      tourCss,
      <Tour id="tour" />,
      () => screen.findByRole('dialog', { name: 'Save your work' }),
    ],
    [
      'tooltip',
      tooltipCss,
      <Tooltip id="hint" />,
      async () => {
        await userEvent.click(await screen.findByRole('button', { name: 'Open hint: Export' }));
        return screen.findByRole('dialog', { name: 'Export' });
      },
    ],
    [
      'checklist',
      checklistCss,
      <Checklist id="list" />,
      async () => {
        await userEvent.click(await screen.findByRole('button', { name: /get started/i }));
        return screen.findByRole('dialog', { name: 'Get started' });
      },
    ],
    [
      'announcement',
      announcementCss,
      <AnnouncementModal id="news" />,
      () => screen.findByRole('dialog', { name: 'New: bulk export' }),
    ],
  ] as const)('styles the %s as styles.css does', async (kind, ownCss, component, open) => {
    useSheets(everythingCss);
    render(<Page guide={GUIDE_OF[kind]}>{component}</Page>);
    const surface = await open();
    await vi.waitFor(() => expect(surface.dataset.state).toBe('open'));
    const withEverything = pageStyles();

    useSheets(baseCss, ownCss);
    expect(pageStyles()).toEqual(withEverything);
    expect(getComputedStyle(surface).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');

    useSheets();
    expect(pageStyles()).not.toEqual(withEverything);
  });
});
