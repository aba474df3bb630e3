// Saves per second through @guidepost/server's progress handler (JSON body, validation, merge,
// one transaction with the user's row lock), against embedded PGlite and a throwaway
// PostgreSQL cluster from Debian's packages (scripts/ensure-postgresql.sh installs it).
import os from 'node:os';
import type { Snapshot } from '@guidepost/core';
import { createGuidepostHandler, pgliteDatabase, postgresDatabase } from '@guidepost/server';
import type { GuidepostHandler, SqlDatabase } from '@guidepost/server';
import { startPostgresCluster } from '../packages/server/src/testing/postgres-cluster';
import { markdownTable } from './shared/markdown-table';

const SAVES = 2_000;
const GUIDES_PER_SNAPSHOT = 20;

function snapshotFor(userId: string, n: number): Snapshot {
  const guides: Record<string, Snapshot['guides'][string]> = {};
  for (let g = 0; g < GUIDES_PER_SNAPSHOT; g += 1) {
    const at = 1_000 + n * GUIDES_PER_SNAPSHOT + g;
    guides[`guide-${g}`] =
      (n + g) % 3 === 0
        ? { status: 'dismissed', statusAt: at, dismissedAt: at, version: 1, resetAt: 0, shows: 1 }
        : {
            status: 'snoozed',
            statusAt: at,
            snoozedUntil: at + 86_400_000,
            version: 1,
            resetAt: 0,
            shows: 1,
          };
  }
  return { v: 1, userId, guides, events: { opened_report: { count: n + 1, recent: [1_000 + n] } } };
}

function save(handler: GuidepostHandler, userId: string, n: number): Promise<Response> {
  return handler(
    new Request(`http://bench/progress/${userId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'idempotency-key': `${userId}-${n}` },
      body: JSON.stringify(snapshotFor(userId, n)),
    }),
  );
}

interface Scenario {
  readonly name: string;
  /** How many saves run at once, and whose. */
  readonly concurrency: number;
  readonly userOf: (n: number) => string;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'one at a time, one user', concurrency: 1, userOf: () => 'u-0' },
  { name: '10 devices of one user at once', concurrency: 10, userOf: () => 'u-1' },
  { name: '32 at once, 1,000 users', concurrency: 32, userOf: (n) => `u-${n % 1_000}` },
];

async function run(handler: GuidepostHandler, scenario: Scenario): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < SAVES) {
      const n = next++;
      const response = await save(handler, scenario.userOf(n), n);
      if (response.status !== 200) throw new Error(`save ${n}: ${response.status}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: scenario.concurrency }, worker));
  return SAVES / ((performance.now() - started) / 1000);
}

async function measure(label: string, database: SqlDatabase): Promise<string[][]> {
  const handler = createGuidepostHandler({ database, authorize: () => true });
  await run(handler, { name: 'warm-up', concurrency: 4, userOf: (n) => `warm-${n % 50}` });
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    const perSecond = await run(handler, scenario);
    rows.push([label, scenario.name, Math.round(perSecond).toLocaleString('en-US')]);
  }
  await database.close();
  return rows;
}

const rows = await measure('PGlite (in memory)', await pgliteDatabase());
const cluster = await startPostgresCluster();
try {
  rows.push(
    ...(await measure(
      'PostgreSQL 15 (local, pool of 20)',
      await postgresDatabase({ connectionString: cluster.url, max: 20 }),
    )),
  );
} finally {
  cluster.stop();
}

console.log(
  `${SAVES.toLocaleString('en-US')} saves per scenario, each a snapshot of ${GUIDES_PER_SNAPSHOT} guides ` +
    `through createGuidepostHandler (PUT /progress/:userId with an idempotency key); ` +
    `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}.\n`,
);
console.log(
  markdownTable(
    [{ header: 'database' }, { header: 'saves' }, { header: 'saves/s', align: 'right' }],
    rows,
  ),
);
