import type { Meta, StoryObj } from '@storybook/react-vite';
import { Tooltip } from '@guidepost/react';
import { DocumentAttributes } from '../persona/document-attributes';
import { localeOf } from '../persona/persona';
import { HintDemoPage, HintScrollPage } from './hint-demo-page';
import {
  beaconHint,
  bothHints,
  japaneseHints,
  onceHint,
  rightToLeftHints,
  scrollHints,
  textHint,
} from './tooltip-definitions';
import { TooltipStoryFrame } from './tooltip-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta = {
  title: 'Tooltip',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
} satisfies Meta<StoryArgs>;

export default meta;

type Story = StoryObj<typeof meta>;

const RIGHT_TO_LEFT = { dir: 'rtl', lang: 'ar' } as const;
const DARK = { 'data-gp-theme': 'dark' } as const;
const JAPANESE = { lang: 'ja' } as const;

/** The default look, part by part, for a hint built `unstyled` with a badge and a footer. */
const CUSTOM_CLASS_NAMES = {
  beacon: 'story-new-badge',
  content: 'gp-surface gp-popover gp-hint story-hint-card',
  title: 'gp-title',
  body: 'gp-description',
  close: 'gp-button',
  arrow: 'gp-arrow',
} as const;

/** Hover or Tab to Save: a `role="tooltip"` describes the button; Escape closes it. */
export const TextHint: Story = {
  name: 'Text hint on a button',
  render: (args, { globals }) => (
    <TooltipStoryFrame {...args} definition={textHint}>
      <HintDemoPage saveHint={<Tooltip id="save-hint" locale={localeOf(globals)} />} />
    </TooltipStoryFrame>
  ),
};

/** The beacon on Export opens a non-modal dialog with a link and a close button. */
export const BeaconHotspot: Story = {
  name: 'Beacon hotspot with a link',
  render: (args, { globals }) => (
    <TooltipStoryFrame {...args} definition={beaconHint}>
      <HintDemoPage exportHint={<Tooltip id="export-hint" locale={localeOf(globals)} />} />
    </TooltipStoryFrame>
  ),
};

/** Scroll the list: each hint hides while its button is clipped by the container. */
export const InScrollContainer: Story = {
  name: 'Hint in a scroll container',
  render: (args, { globals }) => (
    <TooltipStoryFrame {...args} definition={scrollHints}>
      <HintScrollPage
        filterHint={<Tooltip id="filter-hint" locale={localeOf(globals)} />}
        archiveHint={<Tooltip id="archive-hint" locale={localeOf(globals)} />}
      />
    </TooltipStoryFrame>
  ),
};

/** Frequency `once` (the default): seen and closed, the hint is completed and stays away. */
export const ShownOnce: Story = {
  name: 'Shown once',
  render: (args, { globals }) => (
    <TooltipStoryFrame {...args} definition={onceHint}>
      <HintDemoPage saveHint={<Tooltip id="save-hint" locale={localeOf(globals)} />} />
    </TooltipStoryFrame>
  ),
};

/** Japanese labels (ヒントを開く, 閉じる) and content. */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: (args) => (
    <DocumentAttributes attributes={JAPANESE}>
      <TooltipStoryFrame {...args} definition={japaneseHints}>
        <HintDemoPage
          saveHint={<Tooltip id="save-hint" locale="ja" />}
          exportHint={<Tooltip id="export-hint" locale="ja" />}
        />
      </TooltipStoryFrame>
    </DocumentAttributes>
  ),
};

/** A right-to-left page: `bottom-start` hints align to the right edge, the beacon sits top left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  name: 'Right to left',
  render: (args) => (
    <DocumentAttributes attributes={RIGHT_TO_LEFT}>
      <TooltipStoryFrame {...args} definition={rightToLeftHints}>
        <div lang="ar">
          <HintDemoPage
            saveHint={<Tooltip id="save-hint" />}
            exportHint={<Tooltip id="export-hint" />}
          />
        </div>
      </TooltipStoryFrame>
    </DocumentAttributes>
  ),
};

/** `data-gp-theme="dark"` on the page: every colour comes from the `--gp-*` variables. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, { globals }) => (
    <DocumentAttributes attributes={DARK}>
      <TooltipStoryFrame {...args} definition={bothHints}>
        <HintDemoPage
          saveHint={<Tooltip id="save-hint" locale={localeOf(globals)} />}
          exportHint={<Tooltip id="export-hint" locale={localeOf(globals)} />}
        />
      </TooltipStoryFrame>
    </DocumentAttributes>
  ),
};

/**
 * The parts composed by hand, `unstyled` with class names of its own: a "New" badge for a
 * beacon, a card, and a "Got it" button in a footer.
 */
export const CustomComposition: Story = {
  name: 'Custom composition from parts',
  render: (args, { globals }) => (
    <TooltipStoryFrame {...args} definition={beaconHint}>
      <HintDemoPage
        exportHint={
          <Tooltip.Root
            id="export-hint"
            unstyled
            classNames={CUSTOM_CLASS_NAMES}
            locale={localeOf(globals)}
          >
            <Tooltip.Beacon placement="top-end" offset={-10} aria-label="New: Export your work">
              New
            </Tooltip.Beacon>
            <Tooltip.Portal>
              <Tooltip.Content placement="right-start">
                <Tooltip.Title />
                <Tooltip.Body linkTarget="_blank" />
                <div className="story-hint-footer">
                  <Tooltip.Close asChild>
                    <button type="button" data-variant="primary">
                      Got it
                    </button>
                  </Tooltip.Close>
                </div>
                <Tooltip.Arrow />
              </Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        }
      />
    </TooltipStoryFrame>
  ),
};
