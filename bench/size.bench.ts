import type { Metafile } from 'esbuild';
import { markdownTable } from './shared/markdown-table';
import { largestInputs } from './size/largest-inputs';
import { formatKilobytes } from './size/measure-bytes';
import { measureEntries, type EntrySize, type GuidepostBuild } from './size/measure-entry';
import { formatBuildsTable, formatSizeTable, totalGzip } from './size/format-size-table';
import { preparePackedApp } from './size/packed-app';
import { BASELINE_ID, SIZE_ENTRIES } from './size/size-entries';

const TOP_INPUTS = 14;
/** Entries whose bytes are listed by owner under the table. */
const ANALYSED = ['react-joyride', 'tour', 'use-targeting', 'everything'];

// Entry ids on the command line measure only those (the baseline is always measured).
const wanted = process.argv.slice(2);
const entries =
  wanted.length === 0
    ? SIZE_ENTRIES
    : SIZE_ENTRIES.filter(({ id }) => id === BASELINE_ID || wanted.includes(id));
const guidepostEntries = entries.filter(({ guidepost }) => guidepost);

// What users get: the packed packages, installed in an app folder. The sources come second.
const app = await preparePackedApp(guidepostEntries);
const packed: GuidepostBuild = { from: 'packed', app };
const sizes = await measureEntries(entries, { bundler: 'esbuild', guidepost: packed });
const viteSizes = await measureEntries(entries, { bundler: 'vite', guidepost: packed });
const srcSizes = await measureEntries(guidepostEntries, {
  bundler: 'esbuild',
  guidepost: { from: 'src' },
});

const byId = (id: string): EntrySize | undefined => sizes.find(({ entry }) => entry.id === id);
const baseline = byId(BASELINE_ID);
if (baseline === undefined) throw new Error(`no baseline entry '${BASELINE_ID}'`);

console.log(
  'Guidepost from the packed packages: `pnpm pack` of the built packages, installed with ' +
    '`pnpm install` in an app folder outside the repository, the entries resolved from there. ' +
    'Bundled with esbuild: bundle, minify, ESM, platform browser, `react`, `react-dom` and ' +
    '`react/jsx-runtime` external, `process.env.NODE_ENV` = "production". ' +
    'gzip at level 9, brotli at quality 11; 1 kB = 1,000 B.\n',
);
console.log(formatSizeTable(sizes, baseline));
for (const { entry } of sizes) {
  if (entry.note !== undefined) console.log(`\n${entry.library}: ${entry.note}`);
}

console.log(
  '\nThe same entries with Vite (a production build: Rolldown, the Oxc minifier, CSS ' +
    'extracted; React external, exports kept), and Guidepost read from its sources ' +
    '(`@guidepost/source`, esbuild), JS + CSS gzip:\n',
);
console.log(formatBuildsTable(sizes, viteSizes, srcSizes));

/** One goal: a measured figure against its limit. */
function goal(label: string, bytes: number | undefined, limit: number): string {
  if (bytes === undefined) return `- ${label}: not measured (entry missing)`;
  const verdict = bytes <= limit ? 'met' : 'NOT met';
  return `- ${label}: ${formatKilobytes(bytes)} against ${formatKilobytes(limit)} (${(bytes / limit).toFixed(2)}× the limit): ${verdict}`;
}

const tour = byId('tour');
const everything = byId('everything');
const hook = byId('use-targeting');
console.log('\nGoals (packed build, esbuild, JS + CSS gzip):');
console.log(
  [
    goal('three-step `<Tour>` ≤ react-joyride', tour && totalGzip(tour), totalGzip(baseline)),
    goal(
      'everything ≤ 1.5× react-joyride',
      everything && totalGzip(everything),
      1.5 * totalGzip(baseline),
    ),
    goal('`useTargeting` alone ≤ 3 kB', hook && totalGzip(hook), 3000),
  ].join('\n'),
);

/** Entries whose cost is also given over the provider alone: what they add to an app that has it. */
const OVER_PROVIDER = [
  'use-targeting',
  'tour',
  'tooltip',
  'checklist',
  'announcement',
  'everything',
];
const provider = byId('provider');
if (provider !== undefined) {
  const added = OVER_PROVIDER.flatMap((id) => {
    const size = byId(id);
    return size === undefined ? [] : [size];
  });
  if (added.length > 0) {
    console.log(
      '\nWhat each adds to an app that already renders `GuidepostProvider` (its JS + CSS gzip minus ' +
        `the provider alone, ${formatKilobytes(totalGzip(provider))}; gzip is not additive, so these are close, not exact):\n`,
    );
    console.log(
      markdownTable(
        [
          { header: 'entry' },
          { header: 'JS + CSS gzip', align: 'right' },
          { header: 'over the provider', align: 'right' },
        ],
        added.map((size) => [
          size.entry.does,
          formatKilobytes(totalGzip(size)),
          formatKilobytes(totalGzip(size) - totalGzip(provider)),
        ]),
      ),
    );
  }
}

/**
 * Where the minified JS of one bundle goes, by owner. The packed build names packages only
 * (each is one file in dist/); the src build also names the folders of Guidepost's sources.
 */
function printLargestInputs(id: string, build: string, metafile: Metafile | undefined): void {
  if (metafile === undefined) return;
  const inputs = largestInputs(metafile);
  const total = inputs.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(
    `\nWhere the minified JS of \`${id}\` goes (${build}, esbuild metafile, largest first):\n`,
  );
  console.log(
    markdownTable(
      [
        { header: 'package or folder' },
        { header: 'min', align: 'right' },
        { header: 'share', align: 'right' },
      ],
      inputs
        .slice(0, TOP_INPUTS)
        .map(({ owner, bytes }) => [
          owner,
          formatKilobytes(bytes),
          `${((100 * bytes) / total).toFixed(1)}%`,
        ]),
    ),
  );
}

for (const id of ANALYSED) printLargestInputs(id, 'packed build', byId(id)?.metafile);
for (const id of ANALYSED) {
  const fromSrc = srcSizes.find(({ entry }) => entry.id === id);
  printLargestInputs(id, 'src build', fromSrc?.metafile);
}
