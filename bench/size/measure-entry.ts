import type { Metafile } from 'esbuild';
import { benchPath } from './bench-root';
import { bundleEntry, type EntryBundle } from './bundle-entry';
import { bundleEntryWithVite } from './bundle-entry-vite';
import { measureBytes, type ByteSizes } from './measure-bytes';
import { packedEntryPath } from './packed-app';
import { assertPackedInputs } from './packed-inputs';
import type { SizeEntry } from './size-entries';

/** An entry's measured weight. */
export interface EntrySize {
  readonly entry: SizeEntry;
  readonly js: ByteSizes;
  readonly css: ByteSizes;
  /** esbuild's metafile; absent for Vite. */
  readonly metafile?: Metafile | undefined;
}

/**
 * Which build of Guidepost is measured: `packed` from the app folder where the tarballs are
 * installed (what users get), `src` from the repository's sources through `@guidepost/source`.
 * The peers are the same in both.
 */
export type GuidepostBuild =
  { readonly from: 'packed'; readonly app: string } | { readonly from: 'src' };

/** How entries are bundled, and from which build of Guidepost. */
export interface MeasureSetup {
  readonly bundler: 'esbuild' | 'vite';
  readonly guidepost: GuidepostBuild;
}

async function bundleOne(
  entry: SizeEntry,
  { bundler, guidepost }: MeasureSetup,
): Promise<EntryBundle> {
  const packed = entry.guidepost && guidepost.from === 'packed';
  const file = packed
    ? packedEntryPath(guidepost.app, entry)
    : benchPath('size', 'entries', entry.file);
  const bundle =
    bundler === 'vite'
      ? await bundleEntryWithVite(file, { external: entry.external })
      : await bundleEntry(file, { external: entry.external, source: guidepost.from === 'src' });
  // A size taken from the wrong build must never pass for the packed one.
  if (packed) assertPackedInputs(entry.id, bundle.inputs);
  return bundle;
}

/**
 * Bundles and weighs entries, in the given order: all at once with esbuild, one after the other
 * with Vite (each Vite build fills both cores on its own).
 *
 * @example
 * const sizes = await measureEntries(entries, { bundler: 'esbuild', guidepost: { from: 'packed', app } });
 */
export async function measureEntries(
  entries: readonly SizeEntry[],
  setup: MeasureSetup,
): Promise<EntrySize[]> {
  const weigh = async (entry: SizeEntry): Promise<EntrySize> => {
    const bundle = await bundleOne(entry, setup);
    return {
      entry,
      js: measureBytes(bundle.js),
      css: measureBytes(bundle.css),
      metafile: bundle.metafile,
    };
  };
  if (setup.bundler === 'esbuild') return Promise.all(entries.map(weigh));
  const sizes: EntrySize[] = [];
  for (const entry of entries) sizes.push(await weigh(entry));
  return sizes;
}
