/**
 * The report's figures as HTML, without DuckDB or Node: what a browser needs to render a report
 * computed elsewhere (a saved `--json` output).
 */
export { funnelChart } from './funnel-chart';
export { liftChart } from './lift-chart';
export { h, toHtml } from './markup';
export type { MarkupElement, MarkupNode } from './markup';
export { REPORT_CSS, renderReportHtml, reportMarkup } from './render-html';
export {
  describeLift,
  describeUsersNeeded,
  formatCount,
  formatPercent,
  formatPoints,
} from './format-figures';
export type {
  FunnelColumn,
  FunnelRow,
  FunnelStage,
  GuideReport,
  LiftRow,
  Report,
  SegmentFunnel,
} from './report-types';
