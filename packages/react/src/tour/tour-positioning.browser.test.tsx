import { type GuideTarget } from '@guidepost/core';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../styles.css';
import { settleAnimations, shownStep } from './tour-browser.test-helpers';
import { hostPagesPerTest, runTour } from './tour-positioning-setup.test-helpers';
import {
  boxOf,
  expectBeside,
  expectSpotlightOver,
  nextFrames,
} from './tour-positioning.test-helpers';

const hostPage = hostPagesPerTest();

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement;

/** The styles a tour must never change on the host's elements. */
const LAYOUT_PROPERTIES = [
  'position',
  'transform',
  'z-index',
  'overflow',
  'contain',
  'will-change',
  'isolation',
] as const;

/** The layout styles of `element` and each of its ancestors up to `<html>`. */
function layoutStylesUp(element: Element): string[] {
  const styles: string[] = [];
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const style = getComputedStyle(node);
    styles.push(
      `${node.localName}: ${LAYOUT_PROPERTIES.map((name) => style.getPropertyValue(name)).join(' | ')}`,
    );
  }
  return styles;
}

const FIXED_AND_STICKY = `
  <header data-testid="fixed-header"
    style="position: fixed; top: 0; left: 0; right: 0; height: 56px; z-index: 10;
      display: flex; align-items: center; padding-left: 300px; background: #eee">
    <button type="button" data-guidepost="fixed-save">Save</button>
  </header>
  <div style="height: 400px"></div>
  <div data-testid="sticky-bar" style="position: sticky; top: 80px; padding-left: 200px">
    <button type="button" data-guidepost="sticky-filter">Filter</button>
  </div>
  <div style="height: 3000px"></div>
`;

describe('Tour positioning in Chromium', () => {
  it.each([
    { ancestor: 'fixed', anchor: 'fixed-save', pinned: 'fixed-header', pinnedTop: 0 },
    { ancestor: 'sticky', anchor: 'sticky-filter', pinned: 'sticky-bar', pinnedTop: 80 },
  ])(
    'keeps the step and spotlight on a target in a $ancestor ancestor while the page scrolls, and leaves its layout alone',
    async ({ anchor, pinned, pinnedTop }) => {
      const title = `Step on ${anchor}`;
      hostPage(FIXED_AND_STICKY);
      const target = document.querySelector(`[data-guidepost="${anchor}"]`) as HTMLElement;
      const before = layoutStylesUp(target);

      const engine = runTour([{ title, target: anchor }]);
      const step = await shownStep(title);
      await settleAnimations();
      expectBeside(step, boxOf(target));
      expectSpotlightOver(boxOf(target));

      window.scrollTo({ top: 600, behavior: 'instant' });
      await nextFrames();
      await vi.waitFor(() => {
        expectBeside(step, boxOf(target));
        expectSpotlightOver(boxOf(target));
      });
      expect(window.scrollY).toBe(600);
      expect(byTestId(pinned).getBoundingClientRect().top).toBe(pinnedTop);
      expect(layoutStylesUp(target)).toEqual(before);

      act(() => void engine.dismiss('welcome'));
      await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
      expect(layoutStylesUp(target)).toEqual(before);
    },
  );

  it.each([
    'transform: translateX(20px)',
    'will-change: transform',
    'contain: paint',
    'filter: blur(0)',
    'transform-style: preserve-3d',
  ])('points at a target under an ancestor with %s, and leaves it visible', async (style) => {
    hostPage(`
      <div style="padding: 160px 0 0 240px">
        <div style="${style}; padding: 24px; background: #eef">
          <p>Card</p>
          <button type="button" data-guidepost="card-action">Card action</button>
        </div>
      </div>
    `);
    const target = document.querySelector('[data-guidepost="card-action"]') as HTMLElement;
    runTour([{ title: 'Act on the card', target: 'card-action' }]);
    const step = await shownStep('Act on the card');
    await settleAnimations();
    expectBeside(step, boxOf(target));
    expectSpotlightOver(boxOf(target));
    // What the user sees at the target's centre: the target itself, not the dimmed overlay.
    const { left, top, width, height } = target.getBoundingClientRect();
    const seen = document.elementFromPoint(left + width / 2, top + height / 2);
    expect(seen !== null && target.contains(seen)).toBe(true);
  });

  it('follows a target in a scroll container without moving focus, and hides while it is scrolled out of view', async () => {
    hostPage(`
      <div style="height: 120px"></div>
      <section data-testid="scroller" aria-label="Projects"
        style="margin-left: 160px; width: 320px; height: 280px; overflow: auto; border: 1px solid">
        <div style="height: 100px"></div>
        <button type="button" data-guidepost="project-row">Project row</button>
        <div style="height: 900px"></div>
      </section>
    `);
    const target = document.querySelector('[data-guidepost="project-row"]') as HTMLElement;
    const scroller = byTestId('scroller');
    runTour([
      { title: 'Your project', target: 'project-row', placement: 'right' },
      { title: 'Everything else', target: 'project-row' },
    ]);
    const step = await shownStep('Your project');
    await settleAnimations();
    const next = screen.getByRole('button', { name: 'Next' });
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
    expectBeside(step, boxOf(target));
    const opened = step.getBoundingClientRect();

    scroller.scrollTop += 40;
    await nextFrames();
    await vi.waitFor(() => {
      expect(step.getBoundingClientRect().top).toBeCloseTo(opened.top - 40, 0);
      expectBeside(step, boxOf(target));
      expectSpotlightOver(boxOf(target));
    });
    expect(document.activeElement).toBe(next);

    await page.viewport(800, 600);
    await nextFrames();
    await vi.waitFor(() => expectBeside(step, boxOf(target)));
    expect(document.activeElement).toBe(next);
    await page.viewport(1024, 768);
    await nextFrames();
    await vi.waitFor(() => expectBeside(step, boxOf(target)));
    expect(document.activeElement).toBe(next);

    scroller.scrollTop = 400;
    await nextFrames();
    await vi.waitFor(() => expect(getComputedStyle(step).visibility).toBe('hidden'));
    expect(step.dataset.state).toBe('closed');
    expect(screen.queryByRole('dialog')).toBeNull();

    // Hidden, the step loses focus to the page (the browser's own focus fix-up); shown again,
    // it takes it back.
    scroller.scrollTop = 40;
    await nextFrames();
    await vi.waitFor(() => {
      expect(step.dataset.state).toBe('open');
      expectBeside(step, boxOf(target));
      expectSpotlightOver(boxOf(target));
    });
    await vi.waitFor(() => expect(document.activeElement).toBe(next));
  });

  it.each([
    {
      form: 'an element',
      targetIn: (root: ShadowRoot): GuideTarget => root.querySelector('button') as Element,
    },
    {
      form: 'a resolver function',
      targetIn:
        (root: ShadowRoot): GuideTarget =>
        () =>
          root.querySelector('button'),
    },
  ])('points at a target inside an open shadow root given as $form', async ({ targetIn }) => {
    hostPage('<div data-testid="shadow-host" style="margin: 200px 0 0 300px"></div>');
    const root = byTestId('shadow-host').attachShadow({ mode: 'open' });
    root.innerHTML = `
      <div style="padding: 16px; border: 1px solid">
        <p>Inside a web component</p>
        <button type="button">Shadow action</button>
      </div>
    `;
    const target = root.querySelector('button') as HTMLElement;
    runTour([{ title: 'In the component', target: targetIn(root) }]);
    const step = await shownStep('In the component');
    await settleAnimations();
    expectBeside(step, boxOf(target));
    expectSpotlightOver(boxOf(target));
  });
});
