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
