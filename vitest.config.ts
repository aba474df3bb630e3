import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { configDefaults, defineConfig } from 'vitest/config';

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
