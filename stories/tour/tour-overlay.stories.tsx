import type { Meta, StoryObj } from '@storybook/react-vite';
import { Tour } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import { DemoApp } from './demo-app';
import { overlayTour } from './tour-definitions';
import { TourStoryFrame } from './tour-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Tour/Overlay',
  args: recordEngineCallbacks(),
};

export default meta;

type Story = StoryObj<StoryArgs>;

const blockTour = overlayTour('block');
const targetTour = overlayTour('target');
const noneTour = overlayTour('none');

/** `overlay: 'block'`: the step is modal; the page takes neither clicks nor keyboard focus. */
export const OverlayBlock: Story = {
  name: 'Overlay: block',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={blockTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <DemoApp />
    </TourStoryFrame>
  ),
};

/** `overlay: 'target'`: only the target takes clicks; the step does not trap focus. */
export const OverlayTarget: Story = {
  name: 'Overlay: target',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={targetTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <DemoApp />
    </TourStoryFrame>
  ),
};

/** `overlay: 'none'`: no overlay; the whole page stays usable. */
export const OverlayNone: Story = {
  name: 'Overlay: none',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={noneTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <DemoApp />
    </TourStoryFrame>
  ),
};
