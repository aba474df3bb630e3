import { build, type Metafile } from 'esbuild';

/** What one entry weighs once bundled: the JS and the CSS apart, and the modules read. */
export interface EntryBundle {
  readonly js: Uint8Array;
  readonly css: Uint8Array;
  /** Every module the bundle read, as the bundler names it. */
  readonly inputs: readonly string[];
  /** esbuild's metafile, for the bytes per package; absent for Vite. */
  readonly metafile?: Metafile | undefined;
}

/** Modules the host app already ships (with their subpaths); no library is charged for them. */
export const HOST_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime'] as const;

/** Options of {@link bundleEntry} and `bundleEntryWithVite`. */
export interface BundleOptions {
  /** Further modules left out, besides React and react-dom. */
  readonly external?: readonly string[] | undefined;
  /** Read Guidepost from its sources (`@guidepost/source`) instead of the installed packages. */
  readonly source?: boolean;
}

/**
 * Bundles one entry as a user's production build would: bundled, minified, ESM, for the
 * browser, with React and react-dom left to the host app and `process.env.NODE_ENV` set to
 * `"production"`. Guidepost is resolved from wherever the entry file sits (the app folder where
 * the tarballs are installed), or from its sources with `source`. The CSS an entry imports
 * comes out as its own file, minified by the same build.
 *
 * @example
 * const { js, css } = await bundleEntry(benchPath('size/entries/driver.ts'));
 */
export async function bundleEntry(
  entry: string,
  { external = [], source = false }: BundleOptions = {},
): Promise<EntryBundle> {
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: [...HOST_EXTERNALS, ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: source ? ['@guidepost/source'] : [],
    jsx: 'automatic',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const file = (extension: string) =>
    result.outputFiles.find(({ path }) => path.endsWith(extension))?.contents ?? new Uint8Array();
  return {
    js: file('.js'),
    css: file('.css'),
    inputs: Object.keys(result.metafile.inputs),
    metafile: result.metafile,
  };
}
