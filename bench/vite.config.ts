import { defaultServerConditions, defineConfig } from 'vite';

/**
 * Bundles `rules.bench.ts` with the package sources and both engines into one Node module,
 * `dist/rules.bench.js`, so the timing runs in plain Node with nothing between the engines.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  ssr: {
    noExternal: true,
    resolve: { conditions: ['@guidepost/source', ...defaultServerConditions] },
  },
  build: {
    ssr: 'rules.bench.ts',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
