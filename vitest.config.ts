import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

/** The server suite, run once against PGlite and once against PostgreSQL. */
const SERVER_TESTS = 'packages/server/src/**/*.test.ts';

/** Browser tests match this; the jsdom project must leave them alone. */
const BROWSER_TESTS = 'packages/react/src/**/*.browser.test.tsx';

/** Lets a browser test switch media features the way a user's OS settings would. */
const emulateMedia: BrowserCommand<
  [
    features: {
      reducedMotion?: 'reduce' | 'no-preference' | null;
      colorScheme?: 'light' | 'dark' | 'no-preference' | null;
      forcedColors?: 'active' | 'none' | null;
    },
  ]
> = async ({ page }, features) => {
  await page.emulateMedia(features);
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['@guidepost/source'],
  },
  // Tests in the node environment resolve through the SSR settings: read sources there too,
  // never a stale dist.
  ssr: {
    resolve: {
      conditions: ['@guidepost/source'],
      externalConditions: ['@guidepost/source'],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          environment: 'node',
          typecheck: {
            enabled: true,
            include: ['packages/core/src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          // The report runs DuckDB on generated exports of a few thousand users: about 6 s of CPU
          // in all. The budget leaves room for a loaded machine, and stops a runaway query.
          name: 'report',
          include: ['packages/report/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The server suite against embedded PGlite; the examples' smoke tests run here too.
          name: 'server-pglite',
          include: [SERVER_TESTS, 'packages/server/examples/**/*.test.ts'],
          environment: 'node',
          env: { GUIDEPOST_TEST_DATABASE: 'pglite' },
          // One worker runs the files in turn and compiles PGlite's WebAssembly once.
          isolate: false,
          fileParallelism: false,
          hookTimeout: 30_000,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The same suite against Debian's PostgreSQL, in a cluster the setup starts and removes.
          name: 'server-postgres',
          include: [SERVER_TESTS],
          environment: 'node',
          env: { GUIDEPOST_TEST_DATABASE: 'postgres' },
          hookTimeout: 30_000,
          testTimeout: 20_000,
          globalSetup: ['packages/server/src/testing/postgres.global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, BROWSER_TESTS],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          // A definition registered with `declare module '@guidepost/react'` types every file of
          // its compilation, so its type test runs in a program of its own.
          name: 'react-registered',
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/react/registered-definition/**/*.test-d.tsx'],
            tsconfig: './packages/react/registered-definition/tsconfig.json',
          },
        },
      },
      {
        extends: true,
        // Bundled up front: discovering them mid-run makes Vite reload the page under test.
        optimizeDeps: {
          include: [
            'axe-core',
            'fast-check',
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'react/jsx-runtime',
            '@testing-library/react',
          ],
        },
        test: {
          name: 'react-browser',
          include: [BROWSER_TESTS],
          browser: {
            enabled: true,
            headless: true,
            // The system Chromium (scripts/ensure-chromium.sh), not a Playwright-downloaded build.
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia },
          },
        },
      },
    ],
  },
});
