import { Profiler, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { BENCH_STEPS, SCROLL_PANEL_ID, START_BUTTON_ID } from './bench-steps';
import { HostApp, hostRenders } from './host-app';
import { anyPopoverRendered, findPopover, frames, sleep, timeSettle, timeUntil } from './probe';

/** How a page wires one library's tour around the host app. */
export interface PageAdapter {
  /** Matches the element that shows a step (the popover or tooltip). */
  readonly popover: string;
  /** Matches the step's Next button. */
  readonly next: string;
  /** Matches the button that closes the tour; without one, Next on the last step ends it. */
  readonly close?: string;
  /** The page: the host app, the tour, and a `#bench-start` button that starts the tour. */
  render(host: ReactElement): ReactElement;
}

/** When a step reached the place where its popover comes to rest, in ms from the click. */
export interface StepTiming {
  /** Above opacity 0 and within 4 px of its resting place, and so from then on. */
  readonly placedMs: number;
  /** Fully opaque and not moving, and so from then on. */
  readonly restMs: number;
}

/** What a page offers the runner, on `window.__bench`; every figure is measured in the page. */
export interface BenchPage {
  /** Resolves once the host app is on screen and the page is idle. */
  ready(): Promise<void>;
  /** Clicks Start; when step one was placed and at rest. */
  start(): Promise<StepTiming>;
  /** Clicks Next; when step `index` (0-based) was placed and at rest. */
  next(index: number): Promise<StepTiming>;
  /** On the last step, scrolls the nested container; px the popover drifted from its target. */
  scrollError(): Promise<number>;
  /** Ends the tour; ms until no popover is rendered (one fading out counts until it goes). */
  finish(): Promise<number>;
  /**
   * Opens the tour and closes it with its close button, `count` times, each time until gone;
   * when step one was placed and at rest each time.
   */
  cycle(count: number): Promise<StepTiming[]>;
  /**
   * ms to append one fixed-position element to the page and read its rect: the forced layout
   * any popover pays once on this page, whatever the library.
   */
  layoutFloor(): number;
  /** Renders of the host app's own components since it mounted. */
  hostRenders(): number;
  /** Commits inside the `<Profiler>` around the host app after its mount (profiling builds only). */
  hostCommits(): number;
}

declare global {
  interface Window {
    __bench: BenchPage;
  }
}

const SCROLL_PX = 40;
const SETTLE_MS = 200;
const IDLE_TIMEOUT_MS = 1000;
/**
 * How long the page rests after its first idle moment before a click. A small page is idle
 * sooner after load, while the browser still finishes work of its own; with 100 ms every
 * library started about twice as slow on the 1,000-node page as after a full second.
 */
const SETTLE_AFTER_IDLE_MS = 1000;

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`no element matches ${selector}`);
  return found;
}

function stepPopover(adapter: PageAdapter, index: number): Element | null {
  const step = BENCH_STEPS[index];
  if (step === undefined) throw new Error(`no step ${index}`);
  return findPopover(adapter.popover, step.title);
}

async function timeStep(
  adapter: PageAdapter,
  index: number,
  click: () => void,
): Promise<StepTiming> {
  const { placedMs, restMs } = await timeSettle(click, () => stepPopover(adapter, index));
  await sleep(SETTLE_MS);
  return { placedMs, restMs };
}

function offsetFromTarget(popover: Element, target: Element): { x: number; y: number } {
  const a = popover.getBoundingClientRect();
  const b = target.getBoundingClientRect();
  return { x: a.left - b.left, y: a.top - b.top };
}

/**
 * Mounts the host app with one library's tour, the number of host nodes taken from
 * `?nodes=`, and installs `window.__bench` for the runner.
 *
 * @example
 * installBenchPage({ popover: '.driver-popover', next: '.driver-popover-next-btn', render });
 */
export function installBenchPage(adapter: PageAdapter): void {
  const nodes = Number(new URLSearchParams(location.search).get('nodes') ?? '1000');
  let commits = 0;
  const host = (
    <Profiler
      id="host"
      onRender={(_id, phase) => {
        if (phase !== 'mount') commits++;
      }}
    >
      <HostApp nodes={nodes} />
    </Profiler>
  );
  const container = document.createElement('div');
  document.body.append(container);
  createRoot(container).render(adapter.render(host));

  const last = BENCH_STEPS.length - 1;
  const [, , lastStep] = BENCH_STEPS;
  const closeSelector = adapter.close;
  window.__bench = {
    async ready() {
      while (document.getElementById(START_BUTTON_ID) === null) await frames(1);
      await frames(2);
      // A user clicks once the page has settled, not while it still runs load-time work.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
      await sleep(SETTLE_AFTER_IDLE_MS);
    },
    start: () => timeStep(adapter, 0, () => element(`#${START_BUTTON_ID}`).click()),
    next: (index) => timeStep(adapter, index, () => element(adapter.next).click()),
    async scrollError() {
      const target = element(`#${lastStep.target}`);
      const before = stepPopover(adapter, last);
      if (before === null) throw new Error('the last step is not shown');
      const start = offsetFromTarget(before, target);
      element(`#${SCROLL_PANEL_ID}`).scrollTop += SCROLL_PX;
      await frames(3);
      await sleep(SETTLE_MS);
      const after = stepPopover(adapter, last) ?? before;
      const end = offsetFromTarget(after, target);
      return Math.hypot(end.x - start.x, end.y - start.y);
    },
    async finish() {
      const elapsed = await timeUntil(
        () => element(closeSelector ?? adapter.next).click(),
        () => !anyPopoverRendered(adapter.popover),
      );
      return elapsed;
    },
    async cycle(count) {
      if (closeSelector === undefined) throw new Error('this page has no close button');
      const timings: StepTiming[] = [];
      for (let round = 0; round < count; round++) {
        const { placedMs, restMs } = await timeSettle(
          () => element(`#${START_BUTTON_ID}`).click(),
          () => stepPopover(adapter, 0),
        );
        timings.push({ placedMs, restMs });
        await timeUntil(
          () => element(closeSelector).click(),
          () => !anyPopoverRendered(adapter.popover),
        );
      }
      return timings;
    },
    layoutFloor() {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:fixed;left:10px;top:10px;width:10px;height:10px';
      const started = performance.now();
      document.body.append(probe);
      probe.getBoundingClientRect();
      const elapsed = performance.now() - started;
      probe.remove();
      return elapsed;
    },
    hostRenders: () => hostRenders.count,
    hostCommits: () => commits,
  };
}
