import { markdownTable } from '../shared/markdown-table';
import { formatKilobytes } from './measure-bytes';
import type { EntrySize } from './measure-entry';

const dash = '–';

function kilobytesOrDash(bytes: number): string {
  return bytes === 0 ? dash : formatKilobytes(bytes);
}

/** JS and CSS together, gzipped: what a user's page downloads for the entry. */
export function totalGzip(size: EntrySize): number {
  return size.js.gzip + size.css.gzip;
}

/**
 * The size table in Markdown: per entry, min, gzip and brotli for the JS and the CSS, the two
 * together gzipped, and that total against the baseline's.
 *
 * @example
 * console.log(formatSizeTable(sizes, sizes[0]));
 */
export function formatSizeTable(sizes: readonly EntrySize[], baseline: EntrySize): string {
  const rows = sizes.map((size) => [
    size.entry.library,
    size.entry.does,
    formatKilobytes(size.js.min),
    formatKilobytes(size.js.gzip),
    formatKilobytes(size.js.brotli),
    kilobytesOrDash(size.css.min),
    kilobytesOrDash(size.css.gzip),
    kilobytesOrDash(size.css.brotli),
    formatKilobytes(totalGzip(size)),
    `${(totalGzip(size) / totalGzip(baseline)).toFixed(2)}×`,
  ]);
  return markdownTable(
    [
      { header: 'library' },
      { header: 'entry' },
      { header: 'JS min', align: 'right' },
      { header: 'JS gzip', align: 'right' },
      { header: 'JS brotli', align: 'right' },
      { header: 'CSS min', align: 'right' },
      { header: 'CSS gzip', align: 'right' },
      { header: 'CSS brotli', align: 'right' },
      { header: 'JS + CSS gzip', align: 'right' },
      { header: `vs ${baseline.entry.library}`, align: 'right' },
    ],
    rows,
  );
}

/**
 * One row per entry: JS + CSS gzip with esbuild and with Vite from the packed packages, with
 * esbuild from the sources, and what packing adds. Entries missing from a list get a dash; the
 * peers have no `src` figure, as they come from npm either way.
 *
 * @example
 * console.log(formatBuildsTable(esbuildPacked, vitePacked, esbuildSrc));
 */
export function formatBuildsTable(
  packed: readonly EntrySize[],
  vite: readonly EntrySize[],
  src: readonly EntrySize[],
): string {
  const gzipOf = (sizes: readonly EntrySize[], id: string) => {
    const size = sizes.find(({ entry }) => entry.id === id);
    return size === undefined ? undefined : totalGzip(size);
  };
  const shown = (bytes: number | undefined) =>
    bytes === undefined ? dash : formatKilobytes(bytes);
  const rows = packed.map((size) => {
    const fromSrc = gzipOf(src, size.entry.id);
    const added = fromSrc === undefined ? dash : formatKilobytes(totalGzip(size) - fromSrc);
    return [
      size.entry.id,
      size.entry.library,
      shown(totalGzip(size)),
      shown(gzipOf(vite, size.entry.id)),
      shown(fromSrc),
      fromSrc !== undefined && totalGzip(size) > fromSrc ? `+${added}` : added,
    ];
  });
  return markdownTable(
    [
      { header: 'entry' },
      { header: 'library' },
      { header: 'esbuild, packed', align: 'right' },
      { header: 'Vite, packed', align: 'right' },
      { header: 'esbuild, src', align: 'right' },
      { header: 'packed − src', align: 'right' },
    ],
    rows,
  );
}
