import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';
import { renderDefaultTour } from './default-tour-story';
import { overlayTour } from './tour-definitions';

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
  render: renderDefaultTour(blockTour),
};

/** `overlay: 'target'`: only the target takes clicks; the step does not trap focus. */
export const OverlayTarget: Story = {
  name: 'Overlay: target',
  render: renderDefaultTour(targetTour),
};

/** `overlay: 'none'`: no overlay; the whole page stays usable. */
export const OverlayNone: Story = {
  name: 'Overlay: none',
  render: renderDefaultTour(noneTour),
};
