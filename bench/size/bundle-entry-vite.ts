import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { HOST_EXTERNALS, type BundleOptions, type EntryBundle } from './bundle-entry';

/** Whether `id` is one of `modules` or a subpath of one (`react-dom/client`). */
function isOneOf(id: string, modules: readonly string[]): boolean {
  return modules.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * Bundles one entry with a Vite production build, as most apps ship: Vite's defaults
 * (Rolldown, the Oxc minifier, CSS extracted and minified) with React and react-dom external,
 * the entry's exports kept as an app's entry would be used, and `process.env.NODE_ENV` set to
 * `"production"`. The root is the entry's folder's parent, so packages resolve as they would
 * for an app there. Every JS chunk counts, and every CSS file.
 *
 * @example
 * const { js, css } = await bundleEntryWithVite(join(appDir, 'entries/guidepost-tour.tsx'));
 */
export async function bundleEntryWithVite(
  entry: string,
  { external = [] }: Pick<BundleOptions, 'external'> = {},
): Promise<EntryBundle> {
  const left = [...HOST_EXTERNALS, ...external];
  const result = await build({
    configFile: false,
    root: path.dirname(path.dirname(entry)),
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      write: false,
      minify: true,
      cssMinify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: entry,
        external: (id) => isOneOf(id, left),
        preserveEntrySignatures: 'exports-only',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap(({ output }) => output);
  const joined = (parts: (string | Uint8Array)[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
  return {
    js: joined(files.flatMap((file) => (file.type === 'chunk' ? [file.code] : []))),
    css: joined(
      files.flatMap((file) =>
        file.type === 'asset' && file.fileName.endsWith('.css') ? [file.source] : [],
      ),
    ),
    inputs: files.flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])),
  };
}
