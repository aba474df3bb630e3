import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, type ReactNode } from 'react';
import { Tour } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import { DemoApp } from './demo-app';
import { basicTour, centredTour, japaneseTour } from './tour-definitions';
import { TourStoryFrame } from './tour-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';
import { renderDefaultTour } from './default-tour-story';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Tour/Basics',
  args: recordEngineCallbacks(),
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** Three anchored steps with the default look: press Start tour. */
export const BasicThreeSteps: Story = {
  name: 'Basic three-step tour',
  render: renderDefaultTour(basicTour),
};

/** A step without a target is a dialog in the middle of the screen. */
export const CentredStep: Story = {
  name: 'Centred step',
  render: renderDefaultTour(centredTour),
};

/** The parts composed by hand: another order, another look, a link-styled skip button. */
export const CustomComposition: Story = {
  name: 'Custom composition from parts',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={basicTour}
      tour={
        <Tour.Root
          id="welcome"
          classNames={{ content: 'story-custom-step' }}
          locale={localeOf(globals)}
        >
          <Tour.Portal>
            <Tour.Overlay padding={10} />
            <Tour.Content placement="right" offset={16}>
              <Tour.Progress className="story-custom-progress" />
              <Tour.Title />
              <Tour.Description />
              <div className="story-custom-actions">
                <Tour.Close asChild>
                  <button type="button" className="story-link-button">
                    Skip tour
                  </button>
                </Tour.Close>
                <Tour.Back>Previous</Tour.Back>
                <Tour.Next />
              </div>
              <Tour.Arrow width={18} height={9} />
            </Tour.Content>
          </Tour.Portal>
        </Tour.Root>
      }
    >
      <DemoApp />
    </TourStoryFrame>
  ),
};

/** Japanese labels (次へ, 戻る, 完了, 閉じる) and content. */
export const JapaneseLabels: Story = {
  globals: { locale: 'ja' },
  name: 'Japanese labels',
  render: (args) => (
    <TourStoryFrame {...args} definition={japaneseTour} tour={<Tour id="welcome" locale="ja" />}>
      <div lang="ja">
        <DemoApp />
      </div>
    </TourStoryFrame>
  ),
};

/** Sets `dir="rtl"` on the page while the story is shown, as a right-to-left app does. */
function RightToLeftDocument({ children }: { readonly children: ReactNode }) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = root.getAttribute('dir');
    root.setAttribute('dir', 'rtl');
    return () => {
      if (previous === null) root.removeAttribute('dir');
      else root.setAttribute('dir', previous);
    };
  }, []);
  return children;
}

/** A right-to-left page: the step, its buttons and the arrow keys mirror. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  name: 'Right to left',
  render: (args, { globals }) => (
    <RightToLeftDocument>
      <TourStoryFrame
        {...args}
        definition={basicTour}
        tour={<Tour id="welcome" locale={localeOf(globals)} />}
      >
        <DemoApp />
      </TourStoryFrame>
    </RightToLeftDocument>
  ),
};
