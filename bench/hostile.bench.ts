import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from './hostile/hostile-cases';
import { markdownTable } from './shared/markdown-table';

// What a hostile server definition or stored value costs at worst, against bounds: the run
// fails when one is over. Each case runs in a process of its own, so its peak memory is its own: the parent spawns
// `node hostile.bench.js <case>`, which prints one JSON line.
const only = process.argv[2];
if (only !== undefined) {
  const hostile = HOSTILE_CASES.find((candidate) => candidate.name === only);
  if (hostile === undefined) throw new Error(`no case ${only}`);
  const run = hostile.prepare();
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const outcome = run();
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1000;
  const ms = (cpu.user + cpu.system) / 1000;
  console.log(JSON.stringify({ ms, wallMs, peakMb, baseMb: before / 1000, outcome }));
  process.exit(0);
}

const script = fileURLToPath(import.meta.url);
const rows: string[][] = [];
const failures: string[] = [];
for (const hostile of HOSTILE_CASES) {
  const output = execFileSync(process.execPath, [script, hostile.name], { encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
    ms: number;
    wallMs: number;
    peakMb: number;
    baseMb: number;
    outcome: string;
  };
  const over = result.ms > hostile.maxMs || result.peakMb > hostile.maxPeakMb ? 'OVER' : 'within';
  if (over === 'OVER') failures.push(hostile.name);
  rows.push([
    hostile.input,
    result.outcome,
    `${Math.round(result.ms).toLocaleString('en-US')} ms`,
    `${Math.round(result.wallMs).toLocaleString('en-US')} ms`,
    `${hostile.maxMs.toLocaleString('en-US')} ms`,
    `${Math.round(result.peakMb)} MB`,
    `${hostile.maxPeakMb.toLocaleString('en-US')} MB`,
    over,
  ]);
}

console.log(
  `Hostile definitions and stored values, one process per case; Node ${process.version}, ` +
    `${os.cpus()[0]?.model ?? 'unknown CPU'}. Peak is the process's peak resident memory ` +
    '(input included). Bounds hold CPU time, which other jobs on the machine do not inflate.\n',
);
console.log(
  markdownTable(
    [
      { header: 'input' },
      { header: 'outcome' },
      { header: 'CPU time', align: 'right' },
      { header: 'wall clock', align: 'right' },
      { header: 'bound (CPU)', align: 'right' },
      { header: 'peak memory', align: 'right' },
      { header: 'bound', align: 'right' },
      { header: '' },
    ],
    rows,
  ),
);
if (failures.length > 0) {
  console.error(`\nOver their bounds: ${failures.join(', ')}`);
  process.exit(1);
}
