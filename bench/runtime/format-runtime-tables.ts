import { markdownTable } from '../shared/markdown-table';
import { median } from '../shared/median';
import type { TourRun } from './measure-page';
import type { RuntimePage } from './runtime-pages';

/** Every run of every page, by page name and node count. */
export type RunsByPage = ReadonlyMap<string, ReadonlyMap<number, readonly TourRun[]>>;

/** One figure of a run, and how it reads. */
interface Figure {
  readonly header: string;
  readonly nodes: number;
  readonly of: (run: TourRun) => number;
  readonly format: (value: number) => string;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const megabytes = (value: number) => `${(value / 1e6).toFixed(2)} MB`;
const kilobytes = (value: number) => `${(value / 1e3).toFixed(0)} kB`;
const pixels = (value: number) => `${value.toFixed(1)} px`;
const count = (value: number) => value.toFixed(0);

/** The median of one figure over a page's runs at one node count; `NaN` when none ran. */
export function medianOf(
  runs: RunsByPage,
  page: string,
  nodes: number,
  of: (run: TourRun) => number,
): number {
  return median((runs.get(page)?.get(nodes) ?? []).map(of));
}

function figures(small: number, large: number): Figure[] {
  const n = (nodes: number) => nodes.toLocaleString('en-US');
  return [
    {
      header: `start → placed, ${n(small)} nodes`,
      nodes: small,
      of: (r) => r.start.placedMs,
      format: ms,
    },
    {
      header: `start → placed, ${n(large)} nodes`,
      nodes: large,
      of: (r) => r.start.placedMs,
      format: ms,
    },
    {
      header: `start → at rest, ${n(large)} nodes`,
      nodes: large,
      of: (r) => r.start.restMs,
      format: ms,
    },
    {
      header: `next → step 2 placed, ${n(small)}`,
      nodes: small,
      of: (r) => r.next.placedMs,
      format: ms,
    },
    {
      header: `next → step 2 placed, ${n(large)}`,
      nodes: large,
      of: (r) => r.next.placedMs,
      format: ms,
    },
    {
      header: `next → step 2 at rest, ${n(large)}`,
      nodes: large,
      of: (r) => r.next.restMs,
      format: ms,
    },
    {
      header: `JS heap after the tour, ${n(large)}`,
      nodes: large,
      of: (r) => r.heapAfter,
      format: megabytes,
    },
    { header: 'heap kept by the tour', nodes: large, of: (r) => r.heapGrowth, format: kilobytes },
    {
      header: 'position error after nested scroll',
      nodes: large,
      of: (r) => r.scrollErrorPx,
      format: pixels,
    },
    { header: 'host renders in the tour', nodes: large, of: (r) => r.hostRenders, format: count },
  ];
}

/**
 * The medians per library in Markdown: times until the first and second step were placed (at
 * both page sizes) and at rest,
 * the heap, the position error after scrolling the nested container and the host renders.
 */
export function formatMediansTable(
  runs: RunsByPage,
  pages: readonly RuntimePage[],
  small: number,
  large: number,
): string {
  const columns = figures(small, large);
  return markdownTable(
    [{ header: 'library' }, ...columns.map(({ header }) => ({ header, align: 'right' as const }))],
    pages.map((page) => [
      page.library,
      ...columns.map((figure) => {
        const value = medianOf(runs, page.name, figure.nodes, figure.of);
        return Number.isNaN(value) ? 'failed' : figure.format(value);
      }),
    ]),
  );
}

/**
 * Guidepost against each peer, as the peer's median over Guidepost's: above 1× Guidepost is
 * faster or lighter.
 */
export function formatRatiosTable(
  runs: RunsByPage,
  guidepost: RuntimePage,
  peers: readonly RuntimePage[],
  small: number,
  large: number,
): string {
  const columns = figures(small, large).filter(
    ({ header }) => !header.startsWith('position') && !header.startsWith('host'),
  );
  return markdownTable(
    [
      { header: 'peer ÷ Guidepost' },
      ...columns.map(({ header }) => ({ header, align: 'right' as const })),
    ],
    peers.map((peer) => [
      peer.library,
      ...columns.map((figure) => {
        const ratio =
          medianOf(runs, peer.name, figure.nodes, figure.of) /
          medianOf(runs, guidepost.name, figure.nodes, figure.of);
        return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–';
      }),
    ]),
  );
}
