import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type GuideScrollMargin,
} from '@guidepost/core';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { Tour } from './tour';
import { shownStep } from './tour-browser.test-helpers';

function tourWith(stepMargin?: GuideScrollMargin) {
  return defineGuidepost({
    guides: {
      tour: {
        kind: 'tour',
        trigger: 'manual',
        steps: [
          {
            id: 'near-top',
            target: 'near-top',
            title: 'Near the top',
            ...(stepMargin === undefined ? {} : { scrollMargin: stepMargin }),
          },
          { id: 'near-end', target: 'near-end', title: 'Near the end' },
        ],
      },
    },
  });
}

interface PageOptions {
  readonly header?: 'fixed' | 'sticky';
  readonly footer?: boolean;
  readonly stepMargin?: GuideScrollMargin;
  readonly tourMargin?: GuideScrollMargin;
  readonly providerMargin?: GuideScrollMargin;
}

const engines: { destroy(): void }[] = [];

/** A long page, maybe with a 64 px header and a 48 px footer pinned to the viewport. */
function renderPage(options: PageOptions) {
  const engine = createGuidepost(tourWith(options.stepMargin), {
    storage: memoryAdapter(),
    locks: null,
  });
  engines.push(engine);
  render(
    <GuidepostProvider
      guidepost={engine}
      {...(options.providerMargin === undefined ? {} : { scrollMargin: options.providerMargin })}
    >
      {options.header === undefined ? null : (
        <header
          style={{
            position: options.header,
            top: 0,
            left: 0,
            right: 0,
            height: 64,
            background: '#eee',
            zIndex: 10,
          }}
        >
          App header
        </header>
      )}
      <main style={{ height: 3000, position: 'relative' }}>
        <p data-guidepost="near-top" style={{ position: 'absolute', top: 400, margin: 0 }}>
          Near the top
        </p>
        <p data-guidepost="near-end" style={{ position: 'absolute', top: 2600, margin: 0 }}>
          Near the end
        </p>
      </main>
      {options.footer === true ? (
        <footer style={{ position: 'fixed', bottom: 0, left: 0, right: 0, height: 48, zIndex: 10 }}>
          App footer
        </footer>
      ) : null}
      <Tour
        id="tour"
        {...(options.tourMargin === undefined ? {} : { scrollMargin: options.tourMargin })}
      />
    </GuidepostProvider>,
  );
  return engine;
}

const target = (name: string) =>
  document.querySelector(`[data-guidepost="${name}"]`) as HTMLElement;

/** Waits until the page has stopped scrolling, and returns the target's box. */
/**
 * Waits until the target's `side` comes to rest at `expected` (within 1 px): the scroll lands
 * there and stays. Polling from the first frame would see a scroll that has not started yet as
 * "still" on a loaded machine, so the place is part of the condition; a step that never lands
 * there fails with the last place seen.
 */
async function restsAt(name: string, side: 'top' | 'bottom', expected: number): Promise<void> {
  let last = Number.NaN;
  await vi.waitFor(() => {
    const now = window.scrollY;
    const still = now === last;
    last = now;
    expect(Math.abs(target(name).getBoundingClientRect()[side] - expected)).toBeLessThanOrEqual(1);
    expect(still).toBe(true);
  }, 5000);
}

beforeEach(async () => {
  await page.viewport(1024, 600);
});
afterEach(() => {
  cleanup();
  for (const engine of engines.splice(0)) engine.destroy();
  window.scrollTo({ top: 0, behavior: 'instant' });
});

describe('Tour scroll margins in Chromium', () => {
  it.each(['fixed', 'sticky'] as const)(
    'a target scrolled up into view lands below a %s header found on the page',
    async (header) => {
      const engine = renderPage({ header });
      window.scrollTo({ top: 2000, behavior: 'instant' });
      act(() => void engine.start('tour'));
      await shownStep('Near the top');
      await restsAt('near-top', 'top', 64);
    },
  );

  it('a target scrolled down into view lands above a fixed footer found on the page', async () => {
    const engine = renderPage({ footer: true });
    act(() => void engine.start('tour'));
    await shownStep('Near the top');
    act(() => engine.next('tour'));
    await shownStep('Near the end');
    await restsAt('near-end', 'bottom', 600 - 48);
  });

  it('per side: the step wins over the tour, the tour over the provider, the page fills the rest', async () => {
    const engine = renderPage({
      header: 'fixed',
      footer: true,
      stepMargin: { top: 100 },
      tourMargin: { bottom: 80 },
      providerMargin: { top: 10, bottom: 10 },
    });
    window.scrollTo({ top: 2000, behavior: 'instant' });
    act(() => void engine.start('tour'));
    await shownStep('Near the top');
    await restsAt('near-top', 'top', 100);
    window.scrollTo({ top: 0, behavior: 'instant' });
    act(() => engine.next('tour'));
    await shownStep('Near the end');
    await restsAt('near-end', 'bottom', 600 - 80);
  });

  it('a provider margin applies to every tour where nothing else is set', async () => {
    const engine = renderPage({ providerMargin: 120 });
    window.scrollTo({ top: 2000, behavior: 'instant' });
    act(() => void engine.start('tour'));
    await shownStep('Near the top');
    await restsAt('near-top', 'top', 120);
  });
});
