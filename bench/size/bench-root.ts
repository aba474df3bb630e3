import path from 'node:path';

/**
 * The `bench/` folder. The scripts are bundled into `bench/dist/` before they run, so the
 * folder is one level up from the running module.
 */
export const BENCH_ROOT = path.resolve(import.meta.dirname, '..');

/** A path inside `bench/`. */
export function benchPath(...parts: string[]): string {
  return path.join(BENCH_ROOT, ...parts);
}
