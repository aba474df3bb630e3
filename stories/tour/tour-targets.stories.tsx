import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { Tour, useGuide } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import { DemoApp } from './demo-app';
import { lateTargetTour, missingTargetTour } from './tour-definitions';
import { TOUR_ID, TourStoryFrame } from './tour-story-frame';
import {
  recordEngineCallbacks,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';
import { renderDefaultTour } from './default-tour-story';

type StoryArgs = StoryEngineCallbacks;

const meta: Meta<StoryArgs> = {
  title: 'Tour/Targets',
  args: recordEngineCallbacks(),
};

export default meta;

type Story = StoryObj<StoryArgs>;

/** How long the chart takes to load once the tour reaches it, in ms. */
const CHART_DELAY = 1000;

/** A chart that only renders a while after the tour asks for it, like data fetched late. */
function LateChart() {
  const guide = useGuide(TOUR_ID);
  const asked = guide?.open === true && guide.stepId === 'chart';
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!asked) return;
    const timer = setTimeout(() => setLoaded(true), CHART_DELAY);
    return () => clearTimeout(timer);
  }, [asked]);
  return loaded ? (
    <figure className="demo-chart" data-guidepost="late-chart">
      Weekly chart
    </figure>
  ) : (
    <p>Loading chart…</p>
  );
}

/** Step 2's target renders a second after the step starts: the step waits for it. */
export const LateTarget: Story = {
  name: 'Late target',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={lateTargetTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <DemoApp>
        <LateChart />
      </DemoApp>
    </TourStoryFrame>
  ),
};

/** A chart the page can take away and put back (a tab switch, a re-render). */
function RemovableChart() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((value) => !value)}>
        {shown ? 'Remove chart' : 'Restore chart'}
      </button>
      {shown ? (
        <figure className="demo-chart" data-guidepost="late-chart">
          Weekly chart
        </figure>
      ) : null}
    </>
  );
}

/** Step 2's target can be removed while the step is open: the step hides, then re-anchors. */
export const RemovedTarget: Story = {
  name: 'Removed target',
  render: (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={lateTargetTour}
      tour={<Tour id="welcome" locale={localeOf(globals)} />}
    >
      <DemoApp>
        <RemovableChart />
      </DemoApp>
    </TourStoryFrame>
  ),
};

const skipTour = missingTargetTour('skip');
const centerTour = missingTargetTour('center');
const endTour = missingTargetTour('end');

/** Step 2's target never appears: after 600 ms the step is skipped. */
export const MissingTargetSkip: Story = {
  name: 'Missing target: skip',
  render: renderDefaultTour(skipTour),
};

/** Step 2's target never appears: after 600 ms the step shows in the middle of the screen. */
export const MissingTargetCenter: Story = {
  name: 'Missing target: center',
  render: renderDefaultTour(centerTour),
};

/** Step 2's target never appears: after 600 ms the tour ends (dismissed). */
export const MissingTargetEnd: Story = {
  name: 'Missing target: end',
  render: renderDefaultTour(endTour),
};
