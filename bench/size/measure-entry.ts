import type { Metafile } from 'esbuild';
import { benchPath } from './bench-root';
import { bundleEntry } from './bundle-entry';
import { measureBytes, type ByteSizes } from './measure-bytes';
import type { SizeEntry } from './size-entries';

/** An entry's measured weight. */
export interface EntrySize {
  readonly entry: SizeEntry;
  readonly js: ByteSizes;
  readonly css: ByteSizes;
  readonly metafile: Metafile;
}

/**
 * Bundles and weighs entries, all at once (esbuild runs them in parallel), in the given order.
 *
 * @example
 * const sizes = await measureEntries(SIZE_ENTRIES.filter(({ budgeted }) => budgeted));
 */
export async function measureEntries(entries: readonly SizeEntry[]): Promise<EntrySize[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const bundle = await bundleEntry(benchPath('size', 'entries', entry.file), entry.external);
      return {
        entry,
        js: measureBytes(bundle.js),
        css: measureBytes(bundle.css),
        metafile: bundle.metafile,
      };
    }),
  );
}
