import { chromium } from 'playwright-core';
import { buildPages, PAGES_DIR, PROFILING } from './runtime/build-pages';
import {
  formatMediansTable,
  formatRatiosTable,
  medianOf,
  type RunsByPage,
} from './runtime/format-runtime-tables';
import {
  measureCycles,
  measureHostCommits,
  measureTour,
  type TourRun,
} from './runtime/measure-page';
import { GUIDEPOST_PAGE, RUNTIME_PAGES, type RuntimePage } from './runtime/runtime-pages';
import { serveDirectory } from './runtime/serve-directory';
import { preparePackedApp } from './size/packed-app';
import { median } from './shared/median';

const RUNS = 5;
const SMALL = 1_000;
const LARGE = 10_000;
const FRAME_MS = 1000 / 60;
const CYCLES = { warmup: 20, cycles: 200 } as const;
/** A leak keeps at least one object per cycle; fewer than one per ten cycles is noise. */
const LEAK_OBJECTS_PER_CYCLE = 0.1;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const began = performance.now();
const seconds = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const log = (line: string) => process.stderr.write(`[${seconds()}] ${line}\n`);

// Page names on the command line run only those (Guidepost always runs).
const wanted = process.argv.slice(2);
const pages = RUNTIME_PAGES.filter(
  ({ name }) => wanted.length === 0 || name === GUIDEPOST_PAGE || wanted.includes(name),
);
const guidepost = pages.find(({ name }) => name === GUIDEPOST_PAGE) as RuntimePage;
const peers = pages.filter((page) => page !== guidepost);

// What users get: Guidepost from the packed tarballs, installed as `pnpm bench:size` installs
// them (the same app folder), never from the sources.
await buildPages(pages, await preparePackedApp([]));
const server = await serveDirectory(PAGES_DIR);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
const version = browser.version();

const runs = new Map<string, Map<number, TourRun[]>>();
const failures: string[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // Each page size goes first every other run, so neither always meets a fresher browser.
    for (const nodes of run % 2 === 0 ? [SMALL, LARGE] : [LARGE, SMALL]) {
      // A different order each run spreads any drift of a busy machine over every library.
      const order = pages.map((_, index) => pages[(index + run) % pages.length] as RuntimePage);
      for (const page of order) {
        try {
          const result = await measureTour(
            browser,
            `${server.origin}/${page.name}.html?nodes=${nodes}`,
          );
          const byNodes = runs.get(page.name) ?? new Map<number, TourRun[]>();
          byNodes.set(nodes, [...(byNodes.get(nodes) ?? []), result]);
          runs.set(page.name, byNodes);
        } catch (error) {
          failures.push(`${page.library}, ${nodes} nodes, run ${run + 1}: ${String(error)}`);
        }
      }
      log(`run ${run + 1}/${RUNS}, ${nodes.toLocaleString('en-US')} nodes done`);
    }
  }

  const commits = await measureHostCommits(
    browser,
    `${server.origin}/${GUIDEPOST_PAGE}${PROFILING}.html?nodes=${LARGE}`,
  );
  log('host commits measured');
  const cycles = await measureCycles(
    browser,
    `${server.origin}/${GUIDEPOST_PAGE}.html?nodes=${SMALL}`,
    CYCLES,
  );
  log('open/close cycles measured');

  report(runs, commits, cycles);
} finally {
  await browser.close();
  await server.close();
}

function report(
  results: RunsByPage,
  commits: number,
  cycles: Awaited<ReturnType<typeof measureCycles>>,
): void {
  console.log(
    `Chromium ${version} (headless, ${CHROMIUM}), viewport 1280×800; median of ${RUNS} runs, ` +
      `each on a fresh page; production builds with React 19 bundled, Guidepost from the ` +
      `packed packages (built, \`pnpm pack\`ed and installed in an app folder).\n`,
  );
  console.log(formatMediansTable(results, pages, SMALL, LARGE));
  if (peers.length > 0) {
    console.log(
      '\nEach peer against Guidepost (the peer’s median ÷ Guidepost’s; above 1×, Guidepost is faster or lighter):\n',
    );
    console.log(formatRatiosTable(results, guidepost, peers, SMALL, LARGE));
  }

  const kB = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
  const usedGrowth = cycles.usedAfter - cycles.usedBefore;
  const codeGrowth = cycles.after.code - cycles.before.code;
  const objectGrowth = cycles.after.objects - cycles.before.objects;
  const countGrowth = cycles.after.objectCount - cycles.before.objectCount;
  const countLimit = LEAK_OBJECTS_PER_CYCLE * CYCLES.cycles;
  console.log(
    `\nGuidepost, ${CYCLES.cycles} open/close cycles on the ${SMALL.toLocaleString('en-US')}-node page ` +
      `after ${CYCLES.warmup} warm-up cycles (${(cycles.elapsedMs / 1000).toFixed(1)} s), heap after a forced GC: ` +
      `${(cycles.usedBefore / 1e6).toFixed(3)} MB → ${(cycles.usedAfter / 1e6).toFixed(3)} MB ` +
      `(${kB(usedGrowth)}). Heap snapshots: compiled code ${kB(codeGrowth)}, ` +
      `JS objects, closures, arrays and strings ${kB(objectGrowth)} ` +
      `(${countGrowth} objects, ${(objectGrowth / CYCLES.cycles).toFixed(1)} B per cycle).`,
  );
  const warmPlaced = median(cycles.timings.map(({ placedMs }) => placedMs));
  const warmRest = median(cycles.timings.map(({ restMs }) => restMs));
  console.log(
    `Guidepost, start → placed and start → at rest when warm (median of those ${CYCLES.cycles} cycles, ` +
      `${SMALL.toLocaleString('en-US')} nodes): ${warmPlaced.toFixed(1)} ms and ${warmRest.toFixed(1)} ms.`,
  );
  const floor = (nodes: number) =>
    median(
      [...results.values()].flatMap((byNodes) =>
        (byNodes.get(nodes) ?? []).map(({ layoutFloorMs }) => layoutFloorMs),
      ),
    );
  console.log(
    `One forced layout (append an element, read its rect) before any tour, median over every page: ` +
      `${floor(SMALL).toFixed(1)} ms at ${SMALL.toLocaleString('en-US')} nodes, ` +
      `${floor(LARGE).toFixed(1)} ms at ${LARGE.toLocaleString('en-US')} nodes.`,
  );
  console.log(
    `Guidepost, host commits inside a <Profiler> around the host app during a whole tour ` +
      `(React profiling build, ${LARGE.toLocaleString('en-US')} nodes): ${commits}.`,
  );

  const startLarge = (page: RuntimePage) =>
    medianOf(results, page.name, LARGE, (run) => run.start.placedMs);
  const own = startLarge(guidepost);
  const slowerPeers = peers.filter((peer) => startLarge(peer) <= own);
  console.log('\nGoals:');
  console.log(
    `- start → placed on the ${LARGE.toLocaleString('en-US')}-node page faster than every peer: ` +
      (slowerPeers.length === 0
        ? 'met'
        : `NOT met (as fast or faster: ${slowerPeers.map(({ library }) => library).join(', ')})`),
  );
  console.log(
    `- … and within one ${FRAME_MS.toFixed(1)} ms frame: ${own.toFixed(1)} ms, ` +
      (own <= FRAME_MS ? 'met' : 'NOT met'),
  );
  const renders = medianOf(results, guidepost.name, LARGE, (run) => run.hostRenders);
  console.log(
    `- 0 host re-renders: ${commits} Profiler commits, ${renders} host renders counted: ` +
      (commits === 0 && renders === 0 ? 'met' : 'NOT met'),
  );
  console.log(
    `- no heap growth beyond noise over ${CYCLES.cycles} cycles: ${countGrowth} more objects ` +
      `(${kB(objectGrowth)}; a leak keeps at least one per cycle, noise stays under ${countLimit}): ` +
      (countGrowth < countLimit ? 'met' : 'NOT met') +
      `; the used heap moved ${kB(usedGrowth)}, of which ${kB(codeGrowth)} is compiled code`,
  );

  if (failures.length > 0) {
    console.log(
      `\nFailed runs (${failures.length}):\n${failures.map((line) => `- ${line}`).join('\n')}`,
    );
  }
  log('done');
}
