import { createGuidepost, parseGuidepost, type GuidepostDefinition } from '@guidepost/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnnouncementModal, type AnnouncementModalProps } from '@guidepost/react';
import { DocumentAttributes } from '../persona/document-attributes';
import { localeOf } from '../persona/persona';
import {
  REMOTE_XSS_DEFINITION,
  highTouchInvitation,
  japaneseNotes,
  recurringTip,
  releaseNotes,
  twoCtas,
  withImage,
  withVideo,
} from './announcement-definitions';
import { AnnouncementStoryFrame } from './announcement-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Announcement',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** The modal (for `id`, or every unseen announcement) over the frame, in the toolbar's locale. */
function renderModal(
  definition: GuidepostDefinition,
  modal: Omit<AnnouncementModalProps, 'locale'> = {},
): NonNullable<Story['render']> {
  return (args, { globals }) => (
    <AnnouncementStoryFrame {...args} definition={definition}>
      <AnnouncementModal {...modal} locale={localeOf(globals)} />
    </AnnouncementStoryFrame>
  );
}

/** A release note with an illustration (and its alt text) and one call to action. */
export const WithImage: Story = {
  name: 'With an image',
  render: renderModal(withImage, { id: 'release-12' }),
};

/** A walkthrough video: controls, a captions track, and it never plays by itself. */
export const WithVideo: Story = {
  name: 'With a video and captions',
  render: renderModal(withVideo, { id: 'release-12' }),
};

/** A primary call to action and a quieter second one that opens a new tab. */
export const TwoCtas: Story = {
  name: 'Two calls to action',
  render: renderModal(twoCtas, { id: 'release-12' }),
};

/** Three unseen release notes page through one modal, newest first. */
export const ReleaseNotesPaged: Story = {
  name: 'Several release notes, paged',
  render: renderModal(releaseNotes),
};

/** A tip allowed to show three times, with "Don't show again" to stop it for good. */
export const DontShowAgain: Story = {
  name: "Don't show again",
  render: renderModal(recurringTip, { id: 'shortcuts-tip', dontShowAgain: true }),
};

/** A high-touch account (lifetime value 80,000) is invited to a session with its account manager. */
export const HighTouchInvitation: Story = {
  globals: { ltv: '80000' },
  name: 'Invitation for high-touch accounts',
  render: (args, { globals }) => (
    <AnnouncementStoryFrame {...args} definition={highTouchInvitation} user={{ ltv: 80_000 }}>
      <AnnouncementModal id="success-session" locale={localeOf(globals)} />
    </AnnouncementStoryFrame>
  ),
};

/** Japanese labels and content. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: (args) => (
    <DocumentAttributes attributes={{ lang: 'ja' }}>
      <AnnouncementStoryFrame {...args} definition={japaneseNotes}>
        <AnnouncementModal locale="ja" dontShowAgain />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/** A right-to-left page: the close button, the actions and the pager mirror. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => (
    <DocumentAttributes attributes={{ dir: 'rtl' }}>
      <AnnouncementStoryFrame {...args} definition={releaseNotes}>
        <AnnouncementModal dontShowAgain />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/** The dark theme, forced with `data-gp-theme="dark"` on the page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, { globals }) => (
    <DocumentAttributes attributes={{ 'data-gp-theme': 'dark' }}>
      <AnnouncementStoryFrame {...args} definition={withImage}>
        <AnnouncementModal id="release-12" locale={localeOf(globals)} />
      </AnnouncementStoryFrame>
    </DocumentAttributes>
  ),
};

/**
 * A definition from a server, read with `parseGuidepost`: the markup in its text shows as text
 * (no image, no handler runs), and the guide with a `javascript:` call to action is dropped and
 * reported as `guide_error` (see Events).
 */
export const RemoteXss: Story = {
  name: 'XSS: remote definition',
  render: (args) => (
    <AnnouncementStoryFrame
      {...args}
      createEngine={(options) => {
        const { definition, issues } = parseGuidepost(REMOTE_XSS_DEFINITION);
        return createGuidepost(definition, { ...options, issues });
      }}
    >
      <AnnouncementModal />
    </AnnouncementStoryFrame>
  ),
};
