import type { GuidepostDefinition } from '@guidepost/core';
import type { StoryObj } from '@storybook/react-vite';
import { Tour } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import type { StoryEngineCallbacks } from '../persona/persona-guidepost-provider';
import { DemoApp } from './demo-app';
import { TOUR_ID, TourStoryFrame } from './tour-story-frame';

/** How a tour story renders: its args are the engine callbacks. */
export type TourStoryRender = NonNullable<StoryObj<StoryEngineCallbacks>['render']>;

/** A story's render: the default look of the tour in `definition` over the demo app. */
export function renderDefaultTour(definition: GuidepostDefinition): TourStoryRender {
  return (args, { globals }) => (
    <TourStoryFrame
      {...args}
      definition={definition}
      tour={<Tour id={TOUR_ID} locale={localeOf(globals)} />}
    >
      <DemoApp />
    </TourStoryFrame>
  );
}
