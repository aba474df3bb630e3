import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The docs pages in the order docs/README.md links them, the README's own page first; pages it
 * does not link come last, alphabetically.
 */
function docsPages(): string[] {
  const readme = readFileSync(join(root, 'docs/README.md'), 'utf8');
  const linked = [...readme.matchAll(/\]\(([\w-]+)\.md\)/g)].map((match) => `${match[1]}.mdx`);
  const pages = readdirSync(join(root, 'stories/docs')).filter((name) => name.endsWith('.mdx'));
  const rank = (page: string) => {
    if (page === 'readme.mdx') return -1;
    const index = linked.indexOf(page);
    return index === -1 ? linked.length : index;
  };
  return pages.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Storybook for Guidepost: stories read the packages' sources through the `@guidepost/source` condition. */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // Within a sidebar group Storybook keeps the order of these entries: one per docs page, in order.
  stories: [
    ...docsPages().map((page) => `../stories/docs/${page}`),
    '../stories/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs'],
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
