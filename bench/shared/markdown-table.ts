/** How a column lines up: text to the left, figures to the right. */
export type ColumnAlign = 'left' | 'right';

/** One column of a Markdown table. */
export interface TableColumn {
  readonly header: string;
  readonly align?: ColumnAlign;
}

/**
 * A Markdown table padded so it also reads as a table in a terminal, the way Prettier lays
 * one out in a README.
 *
 * @example
 * markdownTable([{ header: 'library' }, { header: 'gzip', align: 'right' }], [['driver.js', '7.4 kB']]);
 */
export function markdownTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(3, column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 3;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `| ${columns
    .map((column, index) => {
      const dashes = '-'.repeat(widths[index] ?? 3);
      return column.align === 'right' ? `${dashes.slice(1)}:` : dashes;
    })
    .join(' | ')} |`;
  return [line(columns.map(({ header }) => header)), rule, ...rows.map(line)].join('\n');
}
