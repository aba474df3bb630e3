import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { DemoApp, type DemoAppProps } from './demo-app';

const meta: Meta<DemoAppProps> = {
  title: 'Demo',
  args: { onEvent: fn() },
  parameters: { layout: 'fullscreen' },
};

export default meta;

type Story = StoryObj<DemoAppProps>;

/**
 * Acme Projects, run as the persona in the toolbar. A new trial or free user gets a tour that
 * ends on plans, a paying one a tour that ends on inviting the team; a checklist ticks as you
 * create a project, invite someone, open Billing or export; hints point at what is unused yet,
 * one with a holdout; a release note shows once while it is news; high-touch accounts get an
 * invitation to a personal session and nothing else, low-touch ones the video course. The Help
 * launcher opens the guide center: articles for the plan, tours to replay, the checklist, what's
 * new, and the tier's way to reach people (the account manager, the next webinar, or the docs
 * and community). Every persona past its first two weeks is asked for a score (NPS) after those; a high-touch account
 * that answers 6 or less then hears from its specialist, through a definition that reads the
 * saved `npsScore`. The panel says why each guide shows or not.
 */
export const SaaSDashboard: Story = {
  name: 'SaaS dashboard',
  render: (args) => <DemoApp {...args} />,
};
