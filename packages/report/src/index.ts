/**
 * `@guidepost/report`: funnels and goal lift of Guidepost's guides from an export of its
 * events, on DuckDB, with the same queries shipped as plain SQL in `sql/`.
 */
export { createReport } from './create-report';
export { formatOf, loadEvents } from './load-events';
export type { EventsFormat, LoadOptions } from './load-events';
export { readQuery, runFunnel, runLift, runTotals } from './queries';
export type { QueryName } from './queries';
export { renderText } from './render-text';
export { runCli, USAGE } from './run-cli';
export type { CliOutput } from './run-cli';
export { ReportError } from './report-error';
export { summarize } from './summarize';
export * from './html';
