import type { Meta, StoryObj } from '@storybook/react-vite';
import { GuideCenter } from '@guidepost/react';
import { DocumentAttributes } from '../persona/document-attributes';
import { localeOf } from '../persona/persona';
import { everythingRead, helpCenter } from './guide-center-definitions';
import { GuideCenterStoryFrame } from './guide-center-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Guide center',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** The launcher in the corner, with the count of unread announcements; press it to open. */
export const Launcher: Story = {
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter}>
      <GuideCenter locale={localeOf(globals)} />
    </GuideCenterStoryFrame>
  ),
};

/** Open, for a tech-touch user: articles, tours and checklists, what's new, docs and community. */
export const Open: Story = {
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter} user={{ ltv: 0 }}>
      <GuideCenter locale={localeOf(globals)} defaultOpen />
    </GuideCenterStoryFrame>
  ),
};

/** A search as the user types: "excel" finds the CSV article by its keywords. */
export const Searching: Story = {
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter}>
      <GuideCenter locale={localeOf(globals)} defaultOpen defaultQuery="excel" />
    </GuideCenterStoryFrame>
  ),
};

/** A search that finds nothing says so, on screen and to screen readers. */
export const NoResults: Story = {
  name: 'No results',
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter}>
      <GuideCenter locale={localeOf(globals)} defaultOpen defaultQuery="kubernetes" />
    </GuideCenterStoryFrame>
  ),
};

/** A high-touch user (lifetime value $80,000) is offered a session with their specialist. */
export const HighTouch: Story = {
  name: 'High touch: a specialist',
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter} user={{ ltv: 80_000 }}>
      <GuideCenter locale={localeOf(globals)} defaultOpen />
    </GuideCenterStoryFrame>
  ),
};

/** A low-touch user ($12,000) gets the next webinar and a training video. */
export const LowTouch: Story = {
  name: 'Low touch: webinar and training',
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter} user={{ ltv: 12_000 }}>
      <GuideCenter locale={localeOf(globals)} defaultOpen />
    </GuideCenterStoryFrame>
  ),
};

/** An enterprise user also sees the single sign-on article, which is only for them. */
export const Enterprise: Story = {
  name: 'An article only for enterprise',
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter} user={{ plan: 'enterprise' }}>
      <GuideCenter locale={localeOf(globals)} defaultOpen defaultQuery="sign-on" />
    </GuideCenterStoryFrame>
  ),
};

/** Every announcement read: no badge, no "New" marks, no "Mark all as read". */
export const AllRead: Story = {
  name: 'All read',
  render: (args, { globals }) => (
    <GuideCenterStoryFrame {...args} definition={helpCenter} snapshot={everythingRead}>
      <GuideCenter locale={localeOf(globals)} defaultOpen />
    </GuideCenterStoryFrame>
  ),
};

/** Japanese labels, articles and search: "エクセル" finds the CSV article. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: (args) => (
    <DocumentAttributes attributes={{ lang: 'ja' }}>
      <GuideCenterStoryFrame {...args} definition={helpCenter} locale="ja">
        <GuideCenter locale="ja" defaultOpen defaultQuery="エクセル" />
      </GuideCenterStoryFrame>
    </DocumentAttributes>
  ),
};

/** A right-to-left page: the launcher moves to the other corner and the panel mirrors. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => (
    <DocumentAttributes attributes={{ dir: 'rtl' }}>
      <GuideCenterStoryFrame {...args} definition={helpCenter}>
        <GuideCenter defaultOpen />
      </GuideCenterStoryFrame>
    </DocumentAttributes>
  ),
};

/** The dark theme, forced with `data-gp-theme="dark"`. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <DocumentAttributes attributes={{ 'data-gp-theme': 'dark' }}>
      <GuideCenterStoryFrame {...args} definition={helpCenter}>
        <GuideCenter defaultOpen />
      </GuideCenterStoryFrame>
    </DocumentAttributes>
  ),
};
