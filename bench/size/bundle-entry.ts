import { build, type Metafile } from 'esbuild';

/** What one entry weighs once bundled: the JS and the CSS apart, with esbuild's metafile. */
export interface EntryBundle {
  readonly js: Uint8Array;
  readonly css: Uint8Array;
  readonly metafile: Metafile;
}

/** Modules the host app already ships; no library is charged for them. */
export const HOST_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime'] as const;

/**
 * Bundles one entry as a user's production build would: bundled, minified, ESM, for the
 * browser, with React and react-dom left to the host app and `process.env.NODE_ENV` set to
 * `"production"`. Guidepost's packages are read from their sources (`@guidepost/source`), so
 * no build is needed first. The CSS an entry imports comes out as its own file, minified by
 * the same build. `external` leaves further modules out.
 *
 * @example
 * const { js, css } = await bundleEntry(benchPath('size/entries/driver.ts'));
 */
export async function bundleEntry(
  entry: string,
  external: readonly string[] = [],
): Promise<EntryBundle> {
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: [...HOST_EXTERNALS, ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['@guidepost/source'],
    jsx: 'automatic',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const file = (extension: string) =>
    result.outputFiles.find(({ path }) => path.endsWith(extension))?.contents ?? new Uint8Array();
  return { js: file('.js'), css: file('.css'), metafile: result.metafile };
}
