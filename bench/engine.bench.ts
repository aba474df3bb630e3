import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { encodeSnapshot } from '@guidepost/core';
import { Bench } from 'tinybench';
import { createBenchEngine } from './engine/create-bench-engine';
import { measureStartDismissCycles } from './engine/measure-cycles';
import { EVENT_NAMES, generateDefinition } from './engine/generate-definition';
import { generateUsers } from './rules/generate-users';
import { createSeededRandom } from './rules/seeded-random';
import { markdownTable } from './shared/markdown-table';

const SEED = 20_261_201;
const GUIDES = 200;
const SNAPSHOT_GUIDES = 50;
const EVENTS = 1_000;
const START = Date.UTC(2026, 11, 1);
const TIME_MS = 1_000;

const random = createSeededRandom(SEED);
const user = { ...generateUsers(random, 1)[0], signedUpAt: '2026-11-20' };

// Eligibility of 200 guides after 1,000 events.
const { engine, clock } = createBenchEngine(generateDefinition(random, GUIDES), user, random, {
  events: EVENTS,
  start: START,
});
const eligibleNow = engine.eligible().length;
let cursor = 0;
const bench = new Bench({ time: TIME_MS, warmupTime: TIME_MS / 5, throws: true });
bench
  .add('eligible()', () => {
    engine.eligible();
  })
  .add('track(event), re-evaluating every guide', () => {
    clock.now += 1_000;
    engine.track(EVENT_NAMES[cursor++ % EVENT_NAMES.length] ?? 'event_0');
  });
await bench.run();

const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name} did not complete`);
  return [
    task.name,
    micro(result.latency.p50),
    micro(result.latency.mean),
    micro(result.latency.p99),
    Math.round(1000 / result.period).toLocaleString('en-US'),
    micro(result.latency.p50 / GUIDES),
  ];
});

console.log(
  `${GUIDES} guides (tours, tooltips, announcements, checklists; audiences of 4–6 attribute ` +
    `clauses, half with a usage clause, a fifth with a segment), one user, ${EVENTS.toLocaleString('en-US')} ` +
    `events tracked first over 30 days of ${EVENT_NAMES.length} names; seed ${SEED}; ` +
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}. ` +
    `${eligibleNow} guides eligible at the start of timing.\n`,
);
console.log(
  markdownTable(
    [
      { header: 'call' },
      { header: 'median', align: 'right' },
      { header: 'mean', align: 'right' },
      { header: 'p99', align: 'right' },
      { header: 'calls/s', align: 'right' },
      { header: 'per guide (median)', align: 'right' },
    ],
    rows,
  ),
);

// Snapshot of 50 guides with progress.
const small = createBenchEngine(generateDefinition(random, SNAPSHOT_GUIDES), user, random, {
  events: EVENTS,
  start: START,
});
const ids = Object.keys(small.engine.definition.guides);
ids.forEach((id, index) => {
  small.clock.now += 60_000;
  small.engine.start(id, { force: true });
  const outcome = index % 5;
  if (outcome === 0) small.engine.complete(id);
  else if (outcome === 1) small.engine.dismiss(id);
  else if (outcome === 2) small.engine.snooze(id, '1d');
  else if (outcome === 3) small.engine.next(id);
});
const snapshot = small.engine.getState().snapshot;
const json = encodeSnapshot(snapshot);
const bytes = Buffer.byteLength(json);
const gzipped = gzipSync(json, { level: 9 }).length;
const statuses = Object.values(snapshot.guides).reduce<Record<string, number>>(
  (counts, progress) => {
    counts[progress.status] = (counts[progress.status] ?? 0) + 1;
    return counts;
  },
  {},
);
console.log(
  `\nSnapshot of ${SNAPSHOT_GUIDES} guides with progress (${Object.entries(statuses)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ')}) and the tallies of ${EVENTS.toLocaleString('en-US')} events ` +
    `(${Object.keys(snapshot.events).length} names):\n`,
);
console.log(
  markdownTable(
    [
      { header: 'encoding' },
      { header: 'bytes', align: 'right' },
      { header: 'per guide', align: 'right' },
    ],
    [
      [
        'JSON (`encodeSnapshot`)',
        bytes.toLocaleString('en-US'),
        (bytes / SNAPSHOT_GUIDES).toFixed(0),
      ],
      [
        'JSON, gzip level 9',
        gzipped.toLocaleString('en-US'),
        (gzipped / SNAPSHOT_GUIDES).toFixed(0),
      ],
    ],
  ),
);

// Heap over start/dismiss cycles: nothing a show, a subscription or a mount leaves behind. Ten
// times the cycles tells a leak (it grows ten times) from the JIT's own allocations (they do not).
const WARMUP_CYCLES = 200;
for (const cycles of [200, 2_000]) {
  const heap = await measureStartDismissCycles(WARMUP_CYCLES, cycles);
  const growth = heap.usedAfter - heap.usedBefore;
  console.log(
    `${cycles === 200 ? '\n' : ''}${cycles.toLocaleString('en-US')} start/dismiss cycles of a ` +
      `three-step tour (mount, a watched rule, a subscription, start, next, next, close, all ` +
      `released) after ${WARMUP_CYCLES} warm-up cycles, ${(heap.elapsedMs / cycles).toFixed(3)} ms ` +
      `per cycle; heap after a forced GC: ${(heap.usedBefore / 1e6).toFixed(3)} MB → ` +
      `${(heap.usedAfter / 1e6).toFixed(3)} MB (${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(1)} kB).`,
  );
}
