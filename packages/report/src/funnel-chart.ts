import { formatCount, formatPercent } from './format-figures';
import { h, type MarkupElement } from './markup';
import type { GuideReport } from './report-types';

const WIDTH = 640;
const LABEL = 150;
const VALUE = 120;
const ROW = 30;

/**
 * A guide's funnel for everyone as a bar chart (inline SVG): one bar per stage, as wide as its
 * share of the users shown, with the count and the share beside it. The chart is an image with
 * a name that says the same; the table next to it holds every figure.
 *
 * @example
 * toHtml(funnelChart(report.guides[0]));
 */
export function funnelChart(guide: GuideReport): MarkupElement {
  const users = guide.segments[0]?.users ?? [];
  const shown = users[0] ?? 0;
  const barSpace = WIDTH - LABEL - VALUE;
  const height = guide.columns.length * ROW + 10;
  const summary = guide.columns
    .map((column, index) => `${column.label} ${formatCount(users[index] ?? 0)}`)
    .join(', ');
  const bars = guide.columns.map((column, index) => {
    const count = users[index] ?? 0;
    const share = shown === 0 ? 0 : count / shown;
    const y = 5 + index * ROW;
    const width = Math.max(1, Math.round(barSpace * Math.min(share, 1)));
    return h(
      'g',
      {},
      h('text', { x: LABEL - 8, y: y + 19, 'text-anchor': 'end', class: 'gp-label' }, column.label),
      h('rect', {
        x: LABEL,
        y: y + 4,
        width,
        height: ROW - 10,
        rx: 3,
        class: column.key === 'goal' ? 'gp-bar gp-bar-goal' : 'gp-bar',
      }),
      h(
        'text',
        { x: LABEL + width + 6, y: y + 19, class: 'gp-value' },
        `${formatCount(count)} (${shown === 0 ? '–' : formatPercent(share)})`,
      ),
    );
  });
  return h(
    'svg',
    {
      role: 'img',
      'aria-label': `Funnel of ${guide.guideId}, version ${guide.version}: ${summary}`,
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      class: 'gp-chart',
    },
    bars,
  );
}
