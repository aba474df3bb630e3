import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** Storybook for Guidepost: stories read the packages' sources through the `@guidepost/source` condition. */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        // Setting `conditions` replaces Vite's defaults, so they are listed again after ours.
        conditions: ['@guidepost/source', ...defaultClientConditions],
      },
    }),
};

export default config;
