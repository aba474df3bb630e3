import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { benchPath } from '../size/bench-root';
import { assertPackedInputs } from '../size/packed-inputs';
import { packedGuidepost } from './packed-guidepost-plugin';
import { GUIDEPOST_PAGE, type RuntimePage } from './runtime-pages';

/** Where the pages are written and served from. */
export const PAGES_DIR = benchPath('dist', 'runtime');

/** The suffix of a page built with React's profiling build, where `<Profiler>` reports. */
export const PROFILING = '.profiling';

function html(file: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${file}</title>`,
    `<link rel="stylesheet" href="${file}.css">`,
    '</head>',
    '<body>',
    `<script type="module" src="${file}.js"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

async function buildVariant(
  pages: readonly RuntimePage[],
  app: string,
  profiling: boolean,
): Promise<void> {
  const suffix = profiling ? PROFILING : '';
  const { metafile } = await build({
    entryPoints: pages.map(({ name }) => ({
      in: benchPath('runtime', 'pages', `${name}.tsx`),
      out: `${name}${suffix}`,
    })),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Guidepost from the packed tarballs installed in `app`, never from the sources.
    plugins: [packedGuidepost(app)],
    jsx: 'automatic',
    // React's profiling build is its production build with `<Profiler>` timings kept.
    ...(profiling ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : {}),
    outdir: PAGES_DIR,
    metafile: true,
    logLevel: 'warning',
  });
  const page = Object.entries(metafile.outputs).find(([output]) =>
    output.endsWith(`/${GUIDEPOST_PAGE}${suffix}.js`),
  );
  // A timing taken from the sources must never pass for the packed build.
  if (page !== undefined) {
    assertPackedInputs(`${GUIDEPOST_PAGE}${suffix} page`, Object.keys(page[1].inputs));
  }
  await Promise.all(
    pages.map(({ name }) =>
      writeFile(path.join(PAGES_DIR, `${name}${suffix}.html`), html(`${name}${suffix}`)),
    ),
  );
}

/**
 * Builds one page per library, as a production app ships it (bundled, minified, React
 * included), plus the same pages on React's profiling build, into `dist/runtime/`. Guidepost
 * comes from `app`, the folder where the packed tarballs are installed (`preparePackedApp`).
 *
 * @example
 * await buildPages(RUNTIME_PAGES, await preparePackedApp([]));
 */
export async function buildPages(pages: readonly RuntimePage[], app: string): Promise<void> {
  await rm(PAGES_DIR, { recursive: true, force: true });
  await mkdir(PAGES_DIR, { recursive: true });
  await Promise.all([buildVariant(pages, app, false), buildVariant(pages, app, true)]);
}
