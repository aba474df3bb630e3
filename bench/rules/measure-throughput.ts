import { Bench } from 'tinybench';

/** One engine under test: a call does `evaluationsPerCall` rule evaluations. */
export interface Contender {
  readonly name: string;
  readonly evaluationsPerCall: number;
  readonly call: () => void;
}

/** Rule evaluations per second of one contender: every run, in run order, and their median. */
export interface Throughput {
  readonly name: string;
  readonly median: number;
  readonly runs: readonly number[];
}

/** Options of `measureThroughput`. */
export interface MeasureOptions {
  /** Independent runs; the median of them is reported. */
  readonly runs: number;
  /** Time budget of each contender in each run, in ms. */
  readonly timeMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * How many times faster `contender` is than `baseline`: the median of the ratios run by run,
 * which a machine that slows down or speeds up between runs moves far less than a ratio of
 * medians.
 */
export function medianRatio(contender: Throughput, baseline: Throughput): number {
  return median(contender.runs.map((rate, run) => rate / (baseline.runs[run] ?? Number.NaN)));
}

/**
 * Times every contender with tinybench, several times over, and reports the median rate of
 * each. The order flips from run to run so no contender always runs on a colder or hotter VM.
 * @example
 * const [result] = await measureThroughput([{ name: 'noop', evaluationsPerCall: 1, call: () => {} }], {
 *   runs: 3,
 *   timeMs: 100,
 * });
 */
export async function measureThroughput(
  contenders: readonly Contender[],
  options: MeasureOptions,
): Promise<Throughput[]> {
  const rates = new Map<string, number[]>(contenders.map(({ name }) => [name, []]));
  for (let run = 0; run < options.runs; run++) {
    const ordered = run % 2 === 0 ? contenders : [...contenders].reverse();
    const bench = new Bench({ time: options.timeMs, warmupTime: options.timeMs / 5, throws: true });
    for (const contender of ordered) bench.add(contender.name, contender.call);
    await bench.run();
    for (const contender of ordered) {
      const result = bench.getTask(contender.name)?.result;
      if (result?.state !== 'completed') {
        throw new Error(`${contender.name} did not complete (${result?.state ?? 'no result'})`);
      }
      rates.get(contender.name)?.push((contender.evaluationsPerCall * 1000) / result.period);
    }
  }
  return contenders.map(({ name }) => {
    const runs = rates.get(name) ?? [];
    return { name, median: median(runs), runs };
  });
}
