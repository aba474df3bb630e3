import { formatPoints } from './format-figures';
import { h, type MarkupElement } from './markup';
import type { LiftRow } from './report-types';

const WIDTH = 640;
const LABEL = 170;
const RIGHT = 30;
const ROW = 40;
const AXIS = 44;

/** A round step for the axis ticks of a range of percentage points. */
function tickStep(span: number): number {
  const points = span * 100;
  for (const step of [1, 2, 5, 10, 20, 25, 50]) if (points / step <= 8) return step / 100;
  return 1;
}

/** The short upright bar that ends a confidence interval at `at` on the row centred on `y`. */
function intervalEnd(at: number, y: number): MarkupElement {
  return h('line', {
    x1: at.toFixed(1),
    x2: at.toFixed(1),
    y1: y - 7,
    y2: y + 7,
    class: 'gp-interval',
  });
}

/**
 * The lift of each guide with a holdout as a dot with its 95% interval (inline SVG), against a
 * line at zero: an interval clear of zero is a difference the data can tell.
 *
 * @example
 * toHtml(liftChart(report.guides.flatMap((guide) => (guide.lift ? [guide.lift] : []))));
 */
export function liftChart(lifts: readonly LiftRow[]): MarkupElement {
  const low = Math.min(-0.02, ...lifts.map((lift) => lift.liftLow));
  const high = Math.max(0.02, ...lifts.map((lift) => lift.liftHigh));
  const step = tickStep(high - low);
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  const plot = WIDTH - LABEL - RIGHT;
  const x = (value: number) => LABEL + ((value - from) / (to - from)) * plot;
  const height = lifts.length * ROW + AXIS + 10;
  const ticks: MarkupElement[] = [];
  for (let value = from; value <= to + step / 2; value += step) {
    const at = x(value).toFixed(1);
    ticks.push(
      h('line', { x1: at, x2: at, y1: 5, y2: height - AXIS, class: 'gp-grid' }),
      h(
        'text',
        { x: at, y: height - AXIS + 18, 'text-anchor': 'middle', class: 'gp-tick' },
        formatPoints(value).replace(' pts', ''),
      ),
    );
  }
  const zero = x(0).toFixed(1);
  const rows = lifts.map((lift, index) => {
    const y = 5 + index * ROW + ROW / 2;
    return h(
      'g',
      {},
      h(
        'text',
        { x: LABEL - 10, y: y + 5, 'text-anchor': 'end', class: 'gp-label' },
        `${lift.guideId} v${lift.version}`,
      ),
      h('line', {
        x1: x(lift.liftLow).toFixed(1),
        x2: x(lift.liftHigh).toFixed(1),
        y1: y,
        y2: y,
        class: 'gp-interval',
      }),
      intervalEnd(x(lift.liftLow), y),
      intervalEnd(x(lift.liftHigh), y),
      h('circle', {
        cx: x(lift.lift).toFixed(1),
        cy: y,
        r: 6,
        class: lift.liftLow > 0 || lift.liftHigh < 0 ? 'gp-dot gp-dot-clear' : 'gp-dot',
      }),
    );
  });
  const summary = lifts
    .map(
      (lift) =>
        `${lift.guideId} version ${lift.version}: ${formatPoints(lift.lift)}, 95% interval ${formatPoints(lift.liftLow)} to ${formatPoints(lift.liftHigh)}`,
    )
    .join('; ');
  return h(
    'svg',
    {
      role: 'img',
      'aria-label': `Lift in goal rate, treatment against holdout, in percentage points. ${summary}`,
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      class: 'gp-chart',
    },
    ticks,
    h('line', { x1: zero, x2: zero, y1: 0, y2: height - AXIS, class: 'gp-zero' }),
    rows,
    h(
      'text',
      { x: LABEL + plot / 2, y: height - 2, 'text-anchor': 'middle', class: 'gp-tick' },
      'percentage points',
    ),
  );
}
