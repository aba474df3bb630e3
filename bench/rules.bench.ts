import os from 'node:os';
import type { CompiledRule, Rule, RuleContext } from '@guidepost/core';
import * as jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import { compileRule, evaluate, explain } from '@guidepost/core';
import { crossCheck } from './rules/cross-check';
import { formatTable } from './rules/format-table';
import type { TableRow } from './rules/format-table';
import { generateAudiences } from './rules/generate-guides';
import { generateUsers } from './rules/generate-users';
import { measureThroughput, medianRatio } from './rules/measure-throughput';
import { createSeededRandom } from './rules/seeded-random';
import { toJsonLogic } from './rules/to-json-logic';

const SEED = 20_261_201;
const GUIDES = 200;
const USERS = 10_000;
const EXPLAINED_USERS = 1_000;
const RUNS = 9;
const TIME_MS = 400;
const GOAL = 5;
const NOW = Date.UTC(2026, 11, 1);

const random = createSeededRandom(SEED);
const audiences = generateAudiences(random, GUIDES);
const contexts: RuleContext[] = generateUsers(random, USERS).map((user) => ({ user, now: NOW }));
const compiled = audiences.map((audience) => compileRule(audience));
const logic = audiences.map(toJsonLogic);

const check = crossCheck({ audiences, compiled, logic, contexts, explainedUsers: EXPLAINED_USERS });
const heldShare = ((100 * check.held) / check.evaluations).toFixed(1);
console.log(
  `Cross-check: ${check.evaluations.toLocaleString('en-US')} evaluations agree in both engines` +
    ` (${heldShare}% held), ${check.explanations.toLocaleString('en-US')} explanations agree.\n`,
);

const results = new Uint8Array(GUIDES);

/** A call answers every audience for the next user, so each call is `GUIDES` evaluations. */
function everyAudience(answer: (guide: number, context: RuleContext) => boolean): () => void {
  let cursor = 0;
  return () => {
    const context = contexts[cursor] as RuleContext;
    cursor = cursor + 1 === contexts.length ? 0 : cursor + 1;
    for (let guide = 0; guide < GUIDES; guide++) results[guide] = answer(guide, context) ? 1 : 0;
  };
}

const rows: readonly TableRow[] = [
  { name: 'compiled', label: 'Guidepost `compileRule` (compiled once)' },
  { name: 'evaluate', label: 'Guidepost `evaluate` (compiled on first use, cached)' },
  { name: 'json-logic-js', label: 'json-logic-js `apply`' },
  { name: 'explain', label: 'Guidepost `explain`', informational: true },
];

const throughput = await measureThroughput(
  [
    {
      name: 'compiled',
      evaluationsPerCall: GUIDES,
      call: everyAudience((guide, context) => (compiled[guide] as CompiledRule)(context)),
    },
    {
      name: 'evaluate',
      evaluationsPerCall: GUIDES,
      call: everyAudience((guide, context) => evaluate(audiences[guide] as Rule, context)),
    },
    {
      name: 'json-logic-js',
      evaluationsPerCall: GUIDES,
      call: everyAudience((guide, context) =>
        Boolean(jsonLogic.apply(logic[guide] as RulesLogic, context.user)),
      ),
    },
    {
      name: 'explain',
      evaluationsPerCall: GUIDES,
      call: everyAudience((guide, context) => explain(audiences[guide] as Rule, context).passed),
    },
  ],
  { runs: RUNS, timeMs: TIME_MS },
);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `${GUIDES} audiences of 4–6 clauses, ${USERS.toLocaleString('en-US')} users, seed ${SEED}; ` +
    `Node ${process.version}, ${cpu}.\n`,
);
console.log(formatTable(throughput, rows, 'json-logic-js'));

const compiledThroughput = throughput.find(({ name }) => name === 'compiled');
const baselineThroughput = throughput.find(({ name }) => name === 'json-logic-js');
const ratio =
  compiledThroughput === undefined || baselineThroughput === undefined
    ? Number.NaN
    : medianRatio(compiledThroughput, baselineThroughput);
console.log(
  `\nCompiled rules run ${ratio.toFixed(1)}× json-logic-js (goal: at least ${GOAL}×): ` +
    `${ratio >= GOAL ? 'met' : 'NOT met'}.`,
);
