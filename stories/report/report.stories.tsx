import type { Meta, StoryObj } from '@storybook/react-vite';
import { REPORT_CSS, reportMarkup, type Report } from '@guidepost/report/html';
import { expect, within } from 'storybook/test';
import { markupToReact } from './markup-to-react';
import figures from './report-figures.json';

/**
 * What `guidepost report events.ndjson --html report.html` shows for a generated export of the
 * demo product: 2,500 users, a welcome tour with a planted lift against a 10% holdout, a release
 * note with none, and a checklist without a rollout. DuckDB does not run in the browser, so the
 * figures were computed by the report on Node and kept beside the story; a test of
 * `@guidepost/report` fails when they differ from what the report says of that export now.
 */
function ReportPreview({ report }: { readonly report: Report }) {
  return (
    <>
      <style>{REPORT_CSS}</style>
      {markupToReact(reportMarkup(report))}
    </>
  );
}

const meta = {
  title: 'Report/Generated export',
  component: ReportPreview,
  args: { report: figures as Report },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ReportPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole report: the lift chart, then per guide its funnel, its table by tier and plan, and its lift. */
export const GeneratedExport: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Guidepost report' })).toBeVisible();
    await expect(canvas.getByRole('img', { name: /^Lift in goal rate/ })).toBeVisible();
    await expect(canvas.getByRole('img', { name: /^Funnel of welcome, version 1/ })).toBeVisible();
    await expect(
      canvas.getByText(/^Lift: \+8\.0 pts .*the guide raised the goal rate/),
    ).toBeVisible();
  },
};
