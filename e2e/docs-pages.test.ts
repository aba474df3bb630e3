import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkDocsPages } from '../stories/docs/link-docs-pages';
import { readStorybookIndex } from './storybook-index';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '../docs');
const files = readdirSync(docsDir).filter((name) => name.endsWith('.md'));
const read = (file: string) => readFileSync(join(docsDir, file), 'utf8');
const heading = (file: string) => /^#\s+(.+)$/m.exec(read(file))?.[1]?.trim();
const pageOf = (file: string) =>
  `./stories/docs/${file === 'README.md' ? 'readme' : file.slice(0, -3)}.mdx`;

const docsEntries = readStorybookIndex().filter(
  (entry) => entry.type === 'docs' && entry.importPath.startsWith('./stories/docs/'),
);
const ids = new Set(docsEntries.map((entry) => entry.id));

describe('docs pages in Storybook', () => {
  it.each(files)('docs/%s is a page titled "Docs/<its first heading>"', (file) => {
    const entry = docsEntries.find(({ importPath }) => importPath === pageOf(file));
    expect(entry?.title).toBe(`Docs/${heading(file)}`);
  });

  it('lists the pages as docs/README.md does, the README first', () => {
    const linked = [...read('README.md').matchAll(/\]\(([\w-]+\.md)\)/g)].map((match) => match[1]);
    const expected = ['README.md', ...linked].map((file) => pageOf(file ?? ''));
    expect(docsEntries.map((entry) => entry.importPath)).toEqual(expected);
  });

  it.each(files)('every link from docs/%s to another page opens a Storybook page', (file) => {
    const markdown = linkDocsPages(read(file));
    const targets = [...markdown.matchAll(/\]\(\?path=\/docs\/([\w-]+)/g)].map((match) => match[1]);
    expect(targets.filter((id) => !ids.has(id ?? ''))).toEqual([]);
    expect(markdown).not.toMatch(/\]\([\w-]+\.md[)#]/);
  });
});
