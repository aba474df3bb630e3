import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checklist } from '@guidepost/react';
import { DocumentAttributes } from '../persona/document-attributes';
import { localeOf } from '../persona/persona';
import { gettingStarted, gettingStartedJapanese, progressSnapshot } from './checklist-definitions';
import { ChecklistStoryFrame } from './checklist-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Checklist',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** The launcher in the corner shows progress; press it to open the list. */
export const Launcher: Story = {
  render: (args, { globals }) => (
    <ChecklistStoryFrame {...args} definition={gettingStarted}>
      <Checklist id="getting-started" locale={localeOf(globals)} />
    </ChecklistStoryFrame>
  ),
};

/** The list in place, always open: a card on an onboarding page. */
export const Inline: Story = {
  render: (args, { globals }) => (
    <ChecklistStoryFrame {...args} definition={gettingStarted}>
      <Checklist id="getting-started" inline locale={localeOf(globals)} />
    </ChecklistStoryFrame>
  ),
};

/** Two of five done on an earlier visit: the list opens where the user left off. */
export const PartlyDone: Story = {
  render: (args, { globals }) => (
    <ChecklistStoryFrame
      {...args}
      definition={gettingStarted}
      snapshot={progressSnapshot(['tour', 'project'])}
    >
      <Checklist id="getting-started" defaultOpen locale={localeOf(globals)} />
    </ChecklistStoryFrame>
  ),
};

/** Four of five done: press "Invite a teammate" on the page to finish the list and see it celebrate. */
export const AllDone: Story = {
  name: 'All done (celebration)',
  render: (args, { globals }) => (
    <ChecklistStoryFrame
      {...args}
      definition={gettingStarted}
      snapshot={progressSnapshot(['tour', 'project', 'photo', 'guide'])}
    >
      <Checklist id="getting-started" inline locale={localeOf(globals)} />
    </ChecklistStoryFrame>
  ),
};

/** An admin sees "Set up billing" too; members never do, nor count it in their progress. */
export const AdminItem: Story = {
  name: 'An item only for admins',
  render: (args, { globals }) => (
    <ChecklistStoryFrame {...args} definition={gettingStarted} user={{ role: 'admin' }}>
      <Checklist id="getting-started" inline locale={localeOf(globals)} />
    </ChecklistStoryFrame>
  ),
};

/** Japanese labels and content. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: (args) => (
    <DocumentAttributes attributes={{ lang: 'ja' }}>
      <ChecklistStoryFrame {...args} definition={gettingStartedJapanese} locale="ja">
        <Checklist id="getting-started" locale="ja" defaultOpen />
      </ChecklistStoryFrame>
    </DocumentAttributes>
  ),
};

/** A right-to-left page: the launcher moves to the other corner and the list mirrors. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => (
    <DocumentAttributes attributes={{ dir: 'rtl' }}>
      <ChecklistStoryFrame
        {...args}
        definition={gettingStarted}
        snapshot={progressSnapshot(['tour'])}
      >
        <Checklist id="getting-started" defaultOpen />
      </ChecklistStoryFrame>
    </DocumentAttributes>
  ),
};

/** The dark theme, forced with `data-gp-theme="dark"`. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <DocumentAttributes attributes={{ 'data-gp-theme': 'dark' }}>
      <ChecklistStoryFrame
        {...args}
        definition={gettingStarted}
        snapshot={progressSnapshot(['tour', 'project'])}
      >
        <Checklist id="getting-started" defaultOpen />
      </ChecklistStoryFrame>
    </DocumentAttributes>
  ),
};
