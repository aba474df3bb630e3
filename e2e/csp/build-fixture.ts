import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions } from 'vite';

/** The folder holding the strict-CSP page's `index.html` and its sources. */
const FIXTURE_ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Builds the strict-CSP page as an app ships to production: React's production build, the
 * package sources bundled through the `@guidepost/source` condition (no package build first),
 * and the script and stylesheet as files of their own that `index.html` links, with nothing
 * inline.
 *
 * @example
 * await buildFixture(await mkdtemp(join(tmpdir(), 'guidepost-csp-')));
 */
export async function buildFixture(outDir: string): Promise<void> {
  // The test runner sets NODE_ENV to `test`, which Vite reads as a development build (React's
  // dev bundle, dev JSX): a deployment builds with `production`.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: false,
      root: FIXTURE_ROOT,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        // Setting `conditions` replaces Vite's defaults, so they are listed again after ours.
        conditions: ['@guidepost/source', ...defaultClientConditions],
      },
      build: {
        outDir,
        emptyOutDir: true,
        // A `data:` URL would hide what a real deployment serves as a file.
        assetsInlineLimit: 0,
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}
