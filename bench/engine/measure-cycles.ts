import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createGuidepost, defineGuidepost, memoryAdapter } from '@guidepost/core';

/** What 200 start/dismiss cycles left on the heap, after a forced collection. */
export interface CycleHeap {
  readonly cycles: number;
  readonly usedBefore: number;
  readonly usedAfter: number;
  readonly elapsedMs: number;
}

const definition = defineGuidepost({
  segments: { fresh: { daysSince: 'signedUpAt', lte: 14 } },
  guides: {
    welcome: {
      kind: 'tour',
      trigger: 'manual',
      steps: [
        { id: 'projects', target: 'projects', title: 'Your projects' },
        { id: 'create', target: 'create', title: 'Create one' },
        { id: 'share', target: 'share', title: 'Share it' },
      ],
    },
  },
});

/** `gc()` without `--expose-gc` on the command line: the flag is set, then read in a new context. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/**
 * Runs `warmup` then `cycles` start/dismiss cycles the way a provider and its hooks drive the
 * engine: mount, a rule watched (as `useTargeting` does), a subscription (as `useGuide` does),
 * `start`, the three steps, the user's close (a tour is dismissed), then everything released.
 * The heap is measured after a forced collection before and after the measured cycles.
 */
export async function measureStartDismissCycles(
  warmup: number,
  cycles: number,
): Promise<CycleHeap> {
  const collect = collector();
  const engine = createGuidepost(definition, {
    user: { id: 'u1', signedUpAt: '2026-11-20' },
    storage: memoryAdapter(),
    locks: null,
    lazy: true,
    onEvent: () => undefined,
    interruptions: { gap: 0 },
  });
  const rule = { segment: 'fresh' };
  let seen = 0;
  const cycle = async () => {
    const unmount = engine.mount();
    const unwatch = engine.watchRule(rule, () => {
      seen += engine.holds(rule) ? 1 : 0;
    });
    const unsubscribe = engine.subscribe(() => {
      seen += 1;
    });
    engine.start('welcome', { force: true });
    engine.next('welcome');
    engine.next('welcome');
    engine.close('welcome', 'close');
    unsubscribe();
    unwatch();
    unmount();
    // As between renders: the unmount's microtask runs, and the engine stops until remounted.
    await Promise.resolve();
    await Promise.resolve();
  };
  for (let i = 0; i < warmup; i += 1) await cycle();
  collect();
  const usedBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let i = 0; i < cycles; i += 1) await cycle();
  const elapsedMs = performance.now() - started;
  collect();
  const usedAfter = process.memoryUsage().heapUsed;
  if (seen === 0) throw new Error('the cycles never reached the engine');
  engine.destroy();
  return { cycles, usedBefore, usedAfter, elapsedMs };
}
