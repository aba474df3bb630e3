import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { benchPath } from '../size/bench-root';
import type { RuntimePage } from './runtime-pages';

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

async function buildVariant(pages: readonly RuntimePage[], profiling: boolean): Promise<void> {
  const suffix = profiling ? PROFILING : '';
  await build({
    entryPoints: pages.map(({ name }) => ({
      in: benchPath('runtime', 'pages', `${name}.tsx`),
      out: `${name}${suffix}`,
    })),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['@guidepost/source'],
    jsx: 'automatic',
    // React's profiling build is its production build with `<Profiler>` timings kept.
    ...(profiling ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : {}),
    outdir: PAGES_DIR,
    logLevel: 'warning',
  });
  await Promise.all(
    pages.map(({ name }) =>
      writeFile(path.join(PAGES_DIR, `${name}${suffix}.html`), html(`${name}${suffix}`)),
    ),
  );
}

/**
 * Builds one page per library, as a production app ships it (bundled, minified, React
 * included), plus the same pages on React's profiling build, into `dist/runtime/`.
 *
 * @example
 * await buildPages(RUNTIME_PAGES);
 */
export async function buildPages(pages: readonly RuntimePage[]): Promise<void> {
  await rm(PAGES_DIR, { recursive: true, force: true });
  await mkdir(PAGES_DIR, { recursive: true });
  await Promise.all([buildVariant(pages, false), buildVariant(pages, true)]);
}
