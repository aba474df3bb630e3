import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { Tour } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import { dialogTour, scrollTour, transformTour } from './tour-definitions';
import { TourControls, TourStoryFrame } from './tour-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Tour/Layout',
  args: recordEngineCallbacks(),
};

export default meta;

type Story = StoryObj<StoryArgs>;

/**
 * The target sits far down a scroll container nested in another one, whose sticky header
 * would cover it: the tour scrolls both, keeping 72 px free for the header.
 */
export const NestedScrollUnderStickyHeader: Story = {
  name: 'Nested scroll container under a sticky header',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={scrollTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <main className="demo-scroll-page" data-testid="outer-scroller">
        <div className="demo-sticky-header" data-testid="sticky-header">
          Sticky header
        </div>
        <div className="demo-tall">
          <p>Scroll down: the list below scrolls on its own.</p>
          <section
            className="demo-nested-scroller"
            aria-label="Nested list"
            data-testid="inner-scroller"
          >
            <div className="demo-nested-content">
              <button type="button" data-guidepost="deep-button">
                Deep button
              </button>
            </div>
          </section>
        </div>
      </main>
    </TourStoryFrame>
  ),
};

/** The target is inside a box that is translated, rotated and scaled. */
export const TransformedAncestor: Story = {
  name: 'Transformed ancestor',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={transformTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <main>
        <div className="demo-transformed">
          <p>This card is transformed.</p>
          <button type="button" data-guidepost="transformed-button">
            Transformed button
          </button>
        </div>
      </main>
    </TourStoryFrame>
  ),
};

function SettingsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <main>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Open settings
      </button>
      <dialog ref={dialog} className="demo-dialog" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <label>
          <input type="checkbox" data-guidepost="dialog-setting" /> Email alerts
        </label>
        <TourControls />
        <button type="button" onClick={() => dialog.current?.close()}>
          Close settings
        </button>
      </dialog>
    </main>
  );
}

/**
 * The target is in a modal `<dialog>` (the top layer, everything else inert): the step renders
 * inside that dialog so it is shown above it and can be used.
 */
export const TargetInDialog: Story = {
  name: 'Target inside an open native dialog',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={dialogTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
      controls="none"
    >
      <SettingsDialog />
    </TourStoryFrame>
  ),
};
