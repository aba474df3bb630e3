import { createGuidepost, type GuidepostDefinition } from '@guidepost/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AnnouncementModal, Survey } from '@guidepost/react';
import { AnnouncementStoryFrame } from '../announcement/announcement-story-frame';
import { DocumentAttributes } from '../persona/document-attributes';
import { localeOf } from '../persona/persona';
import { choice, csat, freeText, japaneseNps, nps, npsFollowUp } from './survey-definitions';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Survey',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** The survey `id` of `definition` over the frame, in the toolbar's locale. */
function renderSurvey(definition: GuidepostDefinition, id: string): NonNullable<Story['render']> {
  return (args, { globals }) => (
    <AnnouncementStoryFrame {...args} definition={definition}>
      <Survey id={id} locale={localeOf(globals)} />
    </AnnouncementStoryFrame>
  );
}

/** The NPS survey as rendered by every NPS story. */
const renderNps = renderSurvey(nps, 'nps-2026');

/** Net Promoter Score: a 0–10 radio group, its ends labelled; arrow keys move the choice. */
export const Nps: Story = {
  name: 'NPS',
  render: renderNps,
};

/** The same survey once answered: the thank-you, focused, until it is closed. */
export const Answered: Story = {
  name: 'Answered: thank-you',
  render: renderNps,
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: '9' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    await expect(await page.findByText(/Thank you!/)).toHaveFocus();
  },
};

/** Satisfaction, 1 to 5, with a title naming the dialog. */
export const Csat: Story = {
  name: 'CSAT',
  render: renderSurvey(csat, 'export-csat'),
};

/** One of four answers, as a radio group labelled by the question. */
export const Choice: Story = {
  name: 'One choice',
  render: renderSurvey(choice, 'heard-from'),
};

/** Free text with a character count, stopped at 280 characters. */
export const FreeText: Story = {
  name: 'Free text',
  render: renderSurvey(freeText, 'improve-one-thing'),
};

/** Japanese labels and question. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: (args) => (
    <DocumentAttributes attributes={{ lang: 'ja' }}>
      <AnnouncementStoryFrame {...args} definition={japaneseNps}>
        <Survey id="nps-2026" locale="ja" />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/** A right-to-left page: the scale runs from the right, and arrow keys follow it. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => (
    <DocumentAttributes attributes={{ dir: 'rtl' }}>
      <AnnouncementStoryFrame {...args} definition={nps}>
        <Survey id="nps-2026" />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/** The dark theme, forced with `data-gp-theme="dark"` on the page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <DocumentAttributes attributes={{ 'data-gp-theme': 'dark' }}>
      <AnnouncementStoryFrame {...args} definition={nps}>
        <Survey id="nps-2026" />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/**
 * A high-touch account answers 6: the answer is kept as `npsScore`, and the invitation from
 * its specialist, whose audience is `{ all: [{ tier: 'high' }, { attr: 'npsScore', lte: 6 }] }`,
 * follows (here after a 1 s gap between pop-ups instead of the default 3 minutes).
 */
export const HighTierFollowUp: Story = {
  name: 'High tier answers 6: invitation follows',
  globals: { ltv: '80000' },
  render: (args, { globals }) => (
    <AnnouncementStoryFrame
      {...args}
      user={{ ltv: 80_000 }}
      createEngine={(options) =>
        createGuidepost(npsFollowUp, { ...options, interruptions: { gap: '1s' } })
      }
    >
      <Survey id="nps-2026" locale={localeOf(globals)} />
      <AnnouncementModal id="specialist-invitation" locale={localeOf(globals)} />
    </AnnouncementStoryFrame>
  ),
};
