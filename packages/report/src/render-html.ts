import { describeLift, describeUsersNeeded, formatCount, formatPercent } from './format-figures';
import { funnelChart } from './funnel-chart';
import { liftChart } from './lift-chart';
import { h, toHtml, type MarkupElement } from './markup';
import type { GuideReport, LiftRow, Report } from './report-types';

/** The report's stylesheet: system fonts, no remote resources, contrast of 4.5:1 or more. */
export const REPORT_CSS = `
.gp-report { font: 15px/1.5 system-ui, sans-serif; color: #1f2937; background: #fff; max-width: 960px; margin: 0 auto; padding: 16px; }
.gp-report h1 { font-size: 1.6rem; margin: 0 0 4px; }
.gp-report h2 { font-size: 1.25rem; margin: 32px 0 8px; border-top: 1px solid #d1d5db; padding-top: 16px; }
.gp-report h3 { font-size: 1.05rem; margin: 16px 0 4px; }
.gp-report figure { margin: 12px 0; }
.gp-scroll { overflow-x: auto; max-width: 100%; }
.gp-scroll:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.gp-report table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
.gp-report caption { text-align: left; font-weight: 600; padding: 4px 0; }
.gp-report th, .gp-report td { border: 1px solid #d1d5db; padding: 3px 10px; text-align: right; }
.gp-report th[scope=row], .gp-report thead th:first-child { text-align: left; }
.gp-report thead th { background: #f3f4f6; }
.gp-chart { max-width: 100%; height: auto; }
.gp-chart text { font: 13px system-ui, sans-serif; fill: #1f2937; }
.gp-bar { fill: #2563eb; }
.gp-bar-goal { fill: #047857; }
.gp-grid { stroke: #e5e7eb; }
.gp-zero { stroke: #374151; stroke-width: 2; }
.gp-interval { stroke: #1f2937; stroke-width: 2; }
.gp-dot { fill: #6b7280; }
.gp-dot-clear { fill: #047857; }
.gp-verdict { font-weight: 600; }
`;

/**
 * A wide table scrolls sideways on a phone instead of widening the page; the scrolling box can
 * take focus, so keyboard users can scroll it too.
 */
function scrollable(label: string, table: MarkupElement): MarkupElement {
  return h('div', { class: 'gp-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, table);
}

function funnelTable(guide: GuideReport): MarkupElement {
  return scrollable(
    `Users at each stage of ${guide.guideId}`,
    h(
      'table',
      {},
      h('caption', {}, `Users at each stage of ${guide.guideId}, by touch tier and plan`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'users'),
          guide.columns.map((column) => h('th', { scope: 'col' }, column.label)),
        ),
      ),
      h(
        'tbody',
        {},
        guide.segments.map((segment) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              segment.by === 'all' ? 'all users' : `${segment.by}: ${segment.value}`,
            ),
            segment.users.map((users) => h('td', {}, formatCount(users))),
          ),
        ),
      ),
    ),
  );
}

function liftSection(lift: LiftRow): MarkupElement[] {
  return [
    h('h3', {}, 'Goal rate against the holdout'),
    h(
      'table',
      {},
      h('caption', {}, `Goal reached by exposed users of ${lift.guideId}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'side'),
          h('th', { scope: 'col' }, 'users'),
          h('th', { scope: 'col' }, 'reached'),
          h('th', { scope: 'col' }, 'rate'),
        ),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'treatment'),
          h('td', {}, formatCount(lift.treatmentUsers)),
          h('td', {}, formatCount(lift.treatmentReached)),
          h('td', {}, formatPercent(lift.treatmentRate)),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'holdout'),
          h('td', {}, formatCount(lift.holdoutUsers)),
          h('td', {}, formatCount(lift.holdoutReached)),
          h('td', {}, formatPercent(lift.holdoutRate)),
        ),
      ),
    ),
    h('p', { class: 'gp-verdict' }, `Lift: ${describeLift(lift)}.`),
    h('p', {}, `${describeUsersNeeded(lift)}.`),
  ];
}

function guideSection(guide: GuideReport): MarkupElement {
  return h(
    'section',
    { 'aria-labelledby': `gp-guide-${guide.guideId}-${guide.version}` },
    h(
      'h2',
      { id: `gp-guide-${guide.guideId}-${guide.version}` },
      `${guide.guideId} (version ${guide.version})`,
    ),
    h(
      'figure',
      {},
      funnelChart(guide),
      h('figcaption', {}, 'Funnel of all users shown the guide: count and share of those shown.'),
    ),
    funnelTable(guide),
    guide.lift === undefined ? [] : liftSection(guide.lift),
  );
}

/**
 * The report as an element tree: a heading, the lift chart of the guides with a holdout, then
 * per guide version its funnel chart, its table by tier and plan, and its lift. Map it to React
 * elements or serialize it with `toHtml`.
 *
 * @example
 * const tree = reportMarkup(report);
 */
export function reportMarkup(report: Report): MarkupElement {
  const lifts = report.guides.flatMap((guide) => (guide.lift === undefined ? [] : [guide.lift]));
  const day = (at: number | null) => (at === null ? '–' : new Date(at).toISOString().slice(0, 10));
  return h(
    'article',
    { class: 'gp-report', 'aria-labelledby': 'gp-report-title' },
    h('h1', { id: 'gp-report-title' }, 'Guidepost report'),
    h(
      'p',
      {},
      `${report.source}: ${formatCount(report.events)} events from ${formatCount(report.users)} users, ${day(report.from)} to ${day(report.until)}.`,
    ),
    lifts.length === 0
      ? h('p', {}, 'No guide in this export has both a treatment and a holdout.')
      : h(
          'figure',
          {},
          liftChart(lifts),
          h(
            'figcaption',
            {},
            'Lift in goal rate, treatment against holdout: the dot is the difference, the line its 95% interval, green where it is clear of zero.',
          ),
        ),
    report.guides.map(guideSection),
  );
}

/**
 * The report as a complete HTML page: inline CSS and SVG, no script and no remote resource, so
 * it opens offline and under any Content Security Policy.
 *
 * @example
 * writeFileSync('report.html', renderReportHtml(await createReport('events.ndjson')));
 */
export function renderReportHtml(report: Report): string {
  const page = h(
    'html',
    { lang: 'en' },
    h(
      'head',
      {},
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', {}, `Guidepost report: ${report.source}`),
      h('style', {}, REPORT_CSS),
    ),
    h('body', {}, h('main', {}, reportMarkup(report))),
  );
  return `<!doctype html>\n${toHtml(page)}\n`;
}
