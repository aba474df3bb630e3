import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { settleAnimations, shownStep } from './tour-browser.test-helpers';
import { hostPagesPerTest, runTour } from './tour-positioning-setup.test-helpers';
import {
  boxOf,
  expectBeside,
  expectSpotlightOver,
  nextFrames,
  type ViewportBox,
} from './tour-positioning.test-helpers';

const hostPage = hostPagesPerTest();

/** A report embedded in a same-origin frame, its export button 120px down its document. */
const REPORT = `
  <body style="margin: 0; font: 16px sans-serif">
    <div style="height: 120px">Report</div>
    <button type="button" style="margin-left: 60px">Export report</button>
    <div style="height: 1200px"></div>
  </body>
`;

interface FramedReport {
  readonly frame: HTMLIFrameElement;
  readonly target: HTMLElement;
}

/** Adds a page with the report in an `<iframe>` styled by `frameStyle`, once the frame loaded. */
async function mountFramedReport(frameStyle: string, spaceAbove = 100): Promise<FramedReport> {
  hostPage(`
    <div style="height: ${spaceAbove}px">Page heading</div>
    <iframe title="Embedded report" srcdoc="${REPORT.replaceAll('"', '&quot;')}"
      style="display: block; margin-left: 180px; width: 420px; height: 300px; ${frameStyle}">
    </iframe>
    <div style="height: 2000px"></div>
  `);
  const frame = document.querySelector('iframe') as HTMLIFrameElement;
  const target = await vi.waitFor(() => {
    const button = frame.contentDocument?.querySelector('button');
    expect(button?.tagName).toBe('BUTTON');
    return button as HTMLElement;
  });
  return { frame, target };
}

/** Where `target`, inside `frame`, is on this page's viewport: past the frame's border and padding. */
function boxInPage(target: Element, frame: HTMLIFrameElement): ViewportBox {
  const outer = frame.getBoundingClientRect();
  const scale = outer.width / frame.offsetWidth;
  const style = getComputedStyle(frame);
  const left = outer.left + (frame.clientLeft + Number.parseFloat(style.paddingLeft)) * scale;
  const top = outer.top + (frame.clientTop + Number.parseFloat(style.paddingTop)) * scale;
  const inner = target.getBoundingClientRect();
  return {
    left: left + inner.left * scale,
    top: top + inner.top * scale,
    right: left + inner.right * scale,
    bottom: top + inner.bottom * scale,
  };
}

/** The part of `box` inside `container`'s padding box (scrollbars left out). */
function visiblePart(box: ViewportBox, container: Element): ViewportBox {
  const outer = container.getBoundingClientRect();
  const left = outer.left + container.clientLeft;
  const top = outer.top + container.clientTop;
  return {
    left: Math.max(box.left, left),
    top: Math.max(box.top, top),
    right: Math.min(box.right, left + container.clientWidth),
    bottom: Math.min(box.bottom, top + container.clientHeight),
  };
}

/** What the user sees, and would click, at a point of the page. */
function seenAt(x: number, y: number): Element | null {
  return document.elementFromPoint(x, y);
}

const overlay = () => document.querySelector('.gp-tour-overlay');

describe('Tour with a target inside a same-origin iframe, in Chromium', () => {
  it.each([
    { frame: 'a bordered, padded frame', style: 'border: 9px solid #333; padding: 4px' },
    {
      frame: 'a scaled frame',
      style: 'border: 9px solid #333; transform: scale(0.75); transform-origin: 0 0',
    },
  ])(
    'keeps the step beside the target and the cut-out over it in $frame, as the frame and page scroll',
    async ({ style }) => {
      const { frame, target } = await mountFramedReport(style);
      const view = frame.contentWindow as Window;
      runTour([
        {
          title: 'Export it',
          placement: 'right',
          target: () => frame.contentDocument?.querySelector('button') ?? null,
        },
      ]);
      const step = await shownStep('Export it');
      await settleAnimations();
      expectBeside(step, boxInPage(target, frame));
      expectSpotlightOver(boxInPage(target, frame));

      for (const [frameScroll, pageScroll] of [
        [40, 0],
        [100, 0],
        [60, 80],
      ] as const) {
        view.scrollTo({ top: frameScroll, behavior: 'instant' });
        window.scrollTo({ top: pageScroll, behavior: 'instant' });
        await nextFrames();
        await vi.waitFor(() => {
          expect(view.scrollY).toBe(frameScroll);
          expectBeside(step, boxInPage(target, frame));
          expectSpotlightOver(boxInPage(target, frame));
        });
      }
    },
  );

  it('shows the step beside a target further right in the page than its frame is wide, and hides it once the frame scrolls it away', async () => {
    // The target is about 700px from the page's left edge, in a frame 300px wide.
    const { frame, target } = await mountFramedReport(
      'border: 9px solid #333; margin-left: 640px; width: 300px',
    );
    const view = frame.contentWindow as Window;
    runTour([
      {
        title: 'Export it',
        placement: 'right',
        target: () => frame.contentDocument?.querySelector('button') ?? null,
      },
    ]);
    const step = await shownStep('Export it');
    await settleAnimations();
    expect(boxInPage(target, frame).left).toBeGreaterThan(view.innerWidth);
    expectBeside(step, boxInPage(target, frame));
    expectSpotlightOver(boxInPage(target, frame));

    view.scrollTo({ top: 300, behavior: 'instant' });
    await nextFrames();
    await vi.waitFor(() => {
      expect(target.getBoundingClientRect().bottom).toBeLessThan(0);
      expect(getComputedStyle(step).visibility).toBe('hidden');
    });

    view.scrollTo({ top: 40, behavior: 'instant' });
    await nextFrames();
    await vi.waitFor(() => expectBeside(step, boxInPage(target, frame)));
  });

  it('leaves the target clickable and focusable, and Tab from the step reaches it', async () => {
    const { frame, target } = await mountFramedReport('border: 9px solid #333');
    let clicks = 0;
    target.addEventListener('click', () => {
      clicks += 1;
    });
    runTour([
      {
        title: 'Export it',
        placement: 'right',
        target: () => frame.contentDocument?.querySelector('button') ?? null,
      },
    ]);
    const step = await shownStep('Export it');
    await settleAnimations();

    const box = boxInPage(target, frame);
    expect(seenAt((box.left + box.right) / 2, (box.top + box.bottom) / 2)).toBe(frame);
    await page
      .frameLocator(page.elementLocator(frame))
      .getByRole('button', { name: 'Export report' })
      .click();
    expect(clicks).toBe(1);

    const done = screen.getByRole('button', { name: 'Done' });
    act(() => done.focus());
    expect(step.contains(document.activeElement)).toBe(true);
    let reached = false;
    for (let press = 0; press < 4 && !reached; press += 1) {
      await userEvent.keyboard('{Tab}');
      reached = frame.contentDocument?.activeElement === target;
    }
    expect(reached).toBe(true);
    expect(document.activeElement).toBe(frame);

    act(() => done.focus());
    act(() => target.focus());
    expect(frame.contentDocument?.activeElement).toBe(target);
  });

  it('scrolls a frame below the fold into view, then the target inside it', async () => {
    const { frame, target } = await mountFramedReport('border: 9px solid #333', 1400);
    const view = frame.contentWindow as Window;
    // The target sits below the frame's own fold too.
    frame.contentDocument?.querySelector('div')?.style.setProperty('height', '520px');
    runTour([
      {
        title: 'Export it',
        placement: 'right',
        target: () => frame.contentDocument?.querySelector('button') ?? null,
      },
    ]);
    const step = await shownStep('Export it');
    await vi.waitFor(() => {
      const box = boxInPage(target, frame);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
      const inFrame = target.getBoundingClientRect();
      expect(inFrame.top).toBeGreaterThanOrEqual(0);
      expect(inFrame.bottom).toBeLessThanOrEqual(view.innerHeight);
    }, 3000);
    expect(window.scrollY).toBeGreaterThan(0);
    expect(view.scrollY).toBeGreaterThan(0);
    // The target ends up lower in the page than the frame is tall: still shown beside it.
    expect(boxInPage(target, frame).top).toBeGreaterThan(view.innerHeight);
    await settleAnimations();
    await vi.waitFor(() => {
      expectBeside(step, boxInPage(target, frame));
      expectSpotlightOver(boxInPage(target, frame));
    });
  });
});

describe('Tour spotlight on a target clipped by its scroll container, in Chromium', () => {
  const PROJECTS = `
    <div style="height: 160px; padding-left: 160px">Page heading, above the projects</div>
    <section data-testid="scroller" aria-label="Projects"
      style="margin-left: 160px; width: 320px; height: 280px; overflow: auto; border: 3px solid">
      <div style="height: 100px"></div>
      <button type="button" data-guidepost="project-row" style="height: 48px">Project row</button>
      <div style="height: 900px"></div>
    </section>
  `;

  async function openOverRow(): Promise<{ scroller: HTMLElement; target: HTMLElement }> {
    hostPage(PROJECTS);
    const scroller = document.querySelector('[data-testid="scroller"]') as HTMLElement;
    const target = document.querySelector('[data-guidepost="project-row"]') as HTMLElement;
    runTour([{ title: 'Your project', placement: 'right', target: 'project-row' }]);
    await shownStep('Your project');
    await settleAnimations();
    expectSpotlightOver(boxOf(target));
    return { scroller, target };
  }

  it('opens the cut-out over the visible part only of a target scrolled partly out of view', async () => {
    const { scroller, target } = await openOverRow();
    scroller.scrollTop = 124;
    await nextFrames();
    await vi.waitFor(() => {
      const box = boxOf(target);
      expect(box.top).toBeLessThan(scroller.getBoundingClientRect().top);
      expectSpotlightOver(visiblePart(box, scroller));
    });
    // Where the target would be, were it not clipped, the page is dimmed and out of reach.
    const box = boxOf(target);
    expect(seenAt(box.left + 10, box.top + 4)).toBe(overlay());
  });

  it('opens no cut-out over a target scrolled fully out of view', async () => {
    const { scroller, target } = await openOverRow();
    scroller.scrollTop = 190;
    await nextFrames();
    await vi.waitFor(() => {
      expect(boxOf(target).bottom).toBeLessThan(scroller.getBoundingClientRect().top);
      const box = boxOf(target);
      expect(seenAt(box.left + 10, (box.top + box.bottom) / 2)).toBe(overlay());
      const projects = scroller.getBoundingClientRect();
      expect(seenAt(projects.left + 40, projects.top + 40)).toBe(overlay());
    });

    scroller.scrollTop = 40;
    await nextFrames();
    await vi.waitFor(() => expectSpotlightOver(boxOf(target)));
  });
});
