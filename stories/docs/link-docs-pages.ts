/// <reference types="vite/client" />
import { toId } from 'storybook/internal/csf';

/** Every Markdown page under docs/, by its path relative to this module. */
const SOURCES = import.meta.glob<string>('../../docs/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The Storybook docs id of each page's file name: pages are titled "Docs/<first heading>". */
const DOCS_IDS = new Map(
  Object.entries(SOURCES).map(([path, source]) => {
    const title = /^#\s+(.+)$/m.exec(source)?.[1]?.trim() ?? path;
    return [path.slice(path.lastIndexOf('/') + 1), toId(`Docs/${title}`, 'Docs')];
  }),
);

/** A relative link to another page, `getting-started.md` or `pacing.md#versions`. */
const PAGE_LINK = /\]\(([\w-]+\.md)(#[\w-]+)?\)/g;

/**
 * Points links between docs pages at the same pages in Storybook, whose docs blocks turn a
 * `?path=` link into navigation, so the Markdown reads the same on GitHub and in Storybook.
 *
 * @example
 * linkDocsPages('See [Pacing](pacing.md#versions).');
 * // 'See [Pacing](?path=/docs/docs-pacing--docs#versions).'
 */
export function linkDocsPages(markdown: string): string {
  return markdown.replace(PAGE_LINK, (link, file: string, anchor: string | undefined) => {
    const id = DOCS_IDS.get(file);
    return id === undefined ? link : `](?path=/docs/${id}${anchor ?? ''})`;
  });
}
