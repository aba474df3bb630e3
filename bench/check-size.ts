import { readFileSync } from 'node:fs';
import { markdownTable } from './shared/markdown-table';
import { benchPath } from './size/bench-root';
import { totalGzip } from './size/format-size-table';
import { formatKilobytes } from './size/measure-bytes';
import { measureEntries } from './size/measure-entry';
import { findStrayComponents, ONLY_ENTRY_COUNT } from './size/only-entries';
import { preparePackedApp } from './size/packed-app';
import { SIZE_ENTRIES } from './size/size-entries';

/** `size-budgets.json`: JS + CSS gzip bytes allowed per budgeted entry. */
interface BudgetFile {
  readonly budgets: Readonly<Record<string, number>>;
}

const HEADROOM = 1.05;
const ROUND_TO = 100;

const file = benchPath('size-budgets.json');
const { budgets } = JSON.parse(readFileSync(file, 'utf8')) as BudgetFile;
const entries = SIZE_ENTRIES.filter(({ budgeted }) => budgeted);
const started = performance.now();
// Budgets hold for what users install: the packed packages, bundled by esbuild.
const app = await preparePackedApp(entries);
const packed = performance.now();
const sizes = await measureEntries(entries, {
  bundler: 'esbuild',
  guidepost: { from: 'packed', app },
});

const measured = performance.now();
// Each public entry tree-shakes: an app importing one component gets no other component's code,
// and no production build gets the devtools' authoring mode.
const failures: string[] = await findStrayComponents(app);
const shaken = performance.now();
for (const id of Object.keys(budgets)) {
  if (!entries.some((entry) => entry.id === id)) failures.push(`budget '${id}' has no entry`);
}
const rows = sizes.map((size) => {
  const bytes = totalGzip(size);
  const budget = budgets[size.entry.id];
  if (budget === undefined) {
    failures.push(`'${size.entry.id}' has no budget in size-budgets.json`);
    return [size.entry.id, formatKilobytes(bytes), '–', '–', 'NO BUDGET'];
  }
  const over = bytes > budget;
  if (over) {
    failures.push(
      `'${size.entry.id}' is ${formatKilobytes(bytes)}, over its budget of ${formatKilobytes(budget)}`,
    );
  }
  return [
    size.entry.id,
    formatKilobytes(bytes),
    formatKilobytes(budget),
    `${((100 * bytes) / budget).toFixed(1)}%`,
    over ? 'OVER' : 'ok',
  ];
});

console.log(
  markdownTable(
    [
      { header: 'entry' },
      { header: 'JS + CSS gzip', align: 'right' },
      { header: 'budget', align: 'right' },
      { header: 'used', align: 'right' },
      { header: 'status' },
    ],
    rows,
  ),
);
const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
console.log(
  `\nPacked and installed in ${seconds(started, packed)}; ${sizes.length} bundles of the packed ` +
    `build in ${seconds(packed, measured)}, ${ONLY_ENTRY_COUNT} "only X" bundles checked for ` +
    `other components' code and development-only code in ${seconds(measured, shaken)}.`,
);

if (process.argv.includes('--propose')) {
  const proposed = Object.fromEntries(
    sizes.map((size) => [
      size.entry.id,
      Math.ceil((totalGzip(size) * HEADROOM) / ROUND_TO) * ROUND_TO,
    ]),
  );
  console.log(`\nBudgets ${Math.round((HEADROOM - 1) * 100)}% above today's figures:\n`);
  console.log(JSON.stringify({ budgets: proposed }, null, 2));
}

if (failures.length > 0) {
  console.error(`\nSize check failed:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  console.error(
    'Make it smaller, or raise its budget in bench/size-budgets.json and say why in the commit.',
  );
  process.exitCode = 1;
}
