import { defineConfig, type Options } from 'tsup';
import { perModuleEsm } from '../../scripts/per-module-esm';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * For the CommonJS build, one file per entry: keeps the client module a file of its own, which
 * the entries import as `./client.cjs` rather than bundling a second copy, so the 'use client'
 * boundary (added by scripts/finish-dist.mjs) holds every component and hook, the entries stay
 * callable from Server Components, and a hook from `@guidepost/react/targeting` reads the same
 * React context as a provider from the root.
 */
const clientModule: Plugin = {
  name: 'guidepost-client-module',
  setup(build) {
    const path = `./client${build.initialOptions.outExtension?.['.js'] ?? '.js'}`;
    build.onResolve({ filter: /^\.\.?\/index$/ }, (args) =>
      args.importer.endsWith('package-entry.ts') ||
      args.importer.endsWith('entries/targeting.ts') ||
      args.importer.includes('/src/test-kit/')
        ? { path, external: true }
        : undefined,
    );
  },
};

/**
 * For the CommonJS build, the devtools' authoring mode in a file of its own,
 * `devtools-authoring.cjs`, which the devtools load with `import()` in development only: a
 * production bundle of `client.cjs` drops that dead `import()` and, with it, every byte of the
 * authoring mode, which bundled into `client.cjs` it could not drop.
 */
const authoringModule: Plugin = {
  name: 'guidepost-authoring-module',
  setup(build) {
    build.onResolve({ filter: /^\.\/authoring\/authoring-mode$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.endsWith('load-authoring-mode.ts')
        ? { path: './devtools-authoring.cjs', external: true }
        : undefined,
    );
  },
};

/**
 * `testing` and `contract` are for an app's tests and CI (a test kit, a Playwright contract);
 * the root entry never imports them, so they never reach an app's bundle.
 */
const ENTRIES = {
  index: 'src/package-entry.ts',
  targeting: 'src/entries/targeting.ts',
  testing: 'src/entries/testing.ts',
  contract: 'src/entries/contract.ts',
};

export default defineConfig([
  {
    // ESM, one file per module, so that an app's bundler keeps only the modules it uses. The
    // client module (src/index.ts) is `client.js`; every module it reaches starts with
    // 'use client' (scripts/finish-dist.mjs), the two entries do not.
    ...perModuleEsm('src', [...Object.values(ENTRIES), 'src/index.ts'], {
      'package-entry.ts': 'index',
      'index.ts': 'client',
      'entries/targeting.ts': 'targeting',
      'entries/testing.ts': 'testing',
      'entries/contract.ts': 'contract',
    }),
    format: ['esm'],
    dts: { entry: ENTRIES },
    sourcemap: true,
    target: 'es2022',
    external: ['react', 'react-dom', '@guidepost/core'],
  },
  {
    // CommonJS, one file per entry, and the client module apart.
    entry: {
      ...ENTRIES,
      client: 'src/index.ts',
      'devtools-authoring': 'src/devtools/authoring/authoring-mode.tsx',
    },
    format: ['cjs'],
    dts: { entry: ENTRIES },
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    external: ['react', 'react-dom', 'react-dom/client', '@guidepost/core'],
    esbuildPlugins: [clientModule, authoringModule],
  },
  {
    // The script-tag build: one file that puts the API on `window.Guidepost`, React included.
    entry: { guidepost: 'src/script-tag/index.ts' },
    outDir: 'dist/browser',
    format: ['iife'],
    globalName: 'Guidepost',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  },
]);
