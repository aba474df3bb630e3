import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `pnpm build-storybook` writes. */
export const STORYBOOK_STATIC = join(
  dirname(fileURLToPath(import.meta.url)),
  '../storybook-static',
);

/** One entry of a built Storybook's index.json: a story or a docs page. */
export interface StorybookEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
  tags: string[];
}

/**
 * Reads the entries of a built Storybook, in sidebar order; throws with the command to run
 * when Storybook has not been built.
 *
 * @example
 * const stories = readStorybookIndex().filter((entry) => entry.type === 'story');
 */
export function readStorybookIndex(folder = STORYBOOK_STATIC): StorybookEntry[] {
  let text: string;
  try {
    text = readFileSync(join(folder, 'index.json'), 'utf8');
  } catch {
    throw new Error(`No Storybook build in ${folder}: run \`pnpm build-storybook\` first.`);
  }
  const index = JSON.parse(text) as { entries: Record<string, StorybookEntry> };
  return Object.values(index.entries);
}
