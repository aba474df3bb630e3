import type { Browser, CDPSession, Page } from 'playwright-core';
import type { StepTiming } from './bench-page';
import { summarizeHeap, type HeapSummary } from './heap-snapshot-summary';

/** One tour on one fresh page, every figure measured in the page. */
export interface TourRun {
  /** From the click on Start until step one was placed and at rest. */
  readonly start: StepTiming;
  /** From the click on Next until step two was placed and at rest. */
  readonly next: StepTiming;
  /** px the last step's popover drifted from its target after the nested container scrolled. */
  readonly scrollErrorPx: number;
  /** JS heap in use after the tour ended and a forced GC, in bytes. */
  readonly heapAfter: number;
  /** Heap after the tour minus heap before it (both after a forced GC), in bytes. */
  readonly heapGrowth: number;
  /** Renders of the host app's own components during the tour. */
  readonly hostRenders: number;
  /** ms to append one element to the page and read its rect, before the tour. */
  readonly layoutFloorMs: number;
}

/** The browser window every page gets. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * The JS heap in use after forcing garbage collection through the DevTools protocol (a
 * low-memory full collection, which already runs several passes).
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Opens `url` in a fresh context, waits for the host app, and hands the page and a DevTools
 * session to `use`; the context is closed afterwards whatever happens.
 */
export async function withPage<T>(
  browser: Browser,
  url: string,
  use: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Module scripts have run by DOMContentLoaded; `ready()` waits for the app itself.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.__bench.ready());
    return await use(page, cdp);
  } finally {
    await context.close();
  }
}

/**
 * Runs the whole tour once: start, Next to step two, Next to step three, scroll the nested
 * container, end the tour; with the heap measured before and after.
 *
 * @example
 * const run = await measureTour(browser, `${origin}/driver.html?nodes=10000`);
 */
export function measureTour(browser: Browser, url: string): Promise<TourRun> {
  return withPage(browser, url, async (page, cdp) => {
    const layoutFloorMs = await page.evaluate(() => window.__bench.layoutFloor());
    const heapBefore = await heapAfterGc(cdp);
    const rendersBefore = await page.evaluate(() => window.__bench.hostRenders());
    const start = await page.evaluate(() => window.__bench.start());
    const next = await page.evaluate(() => window.__bench.next(1));
    await page.evaluate(() => window.__bench.next(2));
    const scrollErrorPx = await page.evaluate(() => window.__bench.scrollError());
    await page.evaluate(() => window.__bench.finish());
    const hostRenders = (await page.evaluate(() => window.__bench.hostRenders())) - rendersBefore;
    const heapAfter = await heapAfterGc(cdp);
    return {
      start,
      next,
      scrollErrorPx,
      heapAfter,
      heapGrowth: heapAfter - heapBefore,
      hostRenders,
      layoutFloorMs,
    };
  });
}

/**
 * Commits of the `<Profiler>` around the host app during a whole tour, on a page built with
 * React's profiling build.
 */
export function measureHostCommits(browser: Browser, url: string): Promise<number> {
  return withPage(browser, url, async (page) => {
    const before = await page.evaluate(() => window.__bench.hostCommits());
    await page.evaluate(() => window.__bench.start());
    await page.evaluate(() => window.__bench.next(1));
    await page.evaluate(() => window.__bench.next(2));
    await page.evaluate(() => window.__bench.scrollError());
    await page.evaluate(() => window.__bench.finish());
    return (await page.evaluate(() => window.__bench.hostCommits())) - before;
  });
}

/** The heap before and after a run of open/close cycles, after warm-up. */
export interface CycleHeap {
  readonly cycles: number;
  readonly warmup: number;
  /** JS heap in use after a forced GC, after the warm-up and after the cycles, in bytes. */
  readonly usedBefore: number;
  readonly usedAfter: number;
  /** Heap snapshots after the warm-up and after the cycles. */
  readonly before: HeapSummary;
  readonly after: HeapSummary;
  /** When step one was placed and at rest in each measured cycle. */
  readonly timings: readonly StepTiming[];
  /** ms the measured cycles took. */
  readonly elapsedMs: number;
}

/**
 * Opens and closes the tour `cycles` times after `warmup` cycles that fill caches and JIT code,
 * and measures the heap before and after, both as used size and as a snapshot split by kind.
 */
export function measureCycles(
  browser: Browser,
  url: string,
  options: { readonly warmup: number; readonly cycles: number },
): Promise<CycleHeap> {
  return withPage(browser, url, async (page, cdp) => {
    await page.evaluate((count) => window.__bench.cycle(count), options.warmup);
    const usedBefore = await heapAfterGc(cdp);
    const before = await summarizeHeap(cdp);
    const started = performance.now();
    const timings = await page.evaluate((count) => window.__bench.cycle(count), options.cycles);
    const elapsedMs = performance.now() - started;
    const usedAfter = await heapAfterGc(cdp);
    const after = await summarizeHeap(cdp);
    return { ...options, usedBefore, usedAfter, before, after, timings, elapsedMs };
  });
}
