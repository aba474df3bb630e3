import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser checks against the built Storybook, apart from the unit tests because they need
 * `pnpm build-storybook` first: `stories` opens every story and docs page, `screenshots`
 * redraws docs/screenshots/. `csp` needs no Storybook: it builds a small app of its own and
 * runs every component in it under a strict Content-Security-Policy.
 */
export default defineConfig({
  root: join(dirname(fileURLToPath(import.meta.url)), '..'),
  // Tests that import the packages (the guide contract) read their sources, never a stale dist.
  resolve: { conditions: ['@guidepost/source'] },
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
          name: 'stories',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          // Three pages at once keeps both cores busy without starving the renders.
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'csp',
          include: ['e2e/csp/**/*.csp.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The packed packages installed in apps of their own (consumers/): Next.js, React 18
          // and 19 with Vite, Node's require, Jest. One file at a time: the builds fill both cores.
          name: 'consumers',
          include: ['consumers/**/*.consumer.ts'],
          environment: 'node',
          globalSetup: ['consumers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'screenshots',
          include: ['e2e/**/*.capture.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
