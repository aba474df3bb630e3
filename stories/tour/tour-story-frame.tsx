import type { GuidepostDefinition } from '@guidepost/core';
import type { ReactNode } from 'react';
import { useGuide, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import {
  PersonaGuidepostProvider,
  type StoryEngineCallbacks,
} from '../persona/persona-guidepost-provider';
import './tour-stories.css';

/** The guide id every tour story uses. */
export const TOUR_ID = 'welcome';

/** Props of {@link TourStoryFrame}. */
export interface TourStoryFrameProps extends StoryEngineCallbacks {
  readonly definition: GuidepostDefinition;
  /** The page the tour runs over. */
  readonly children?: ReactNode;
  /** The tour as rendered; the default look when left out. */
  readonly tour: ReactNode;
  /** Where the start button and status line go: above the page, or inside `children`. */
  readonly controls?: 'top' | 'none';
}

/** Starts the tour (forced, so it starts again after it ended) and shows where it stands. */
export function TourControls() {
  const guidepost = useGuidepost();
  const guide = useGuide(TOUR_ID);
  return (
    <section className="story-controls" aria-label="Story controls">
      <button type="button" onClick={() => guidepost.start(TOUR_ID, { force: true })}>
        Start tour
      </button>
      <p>
        Tour status: <output>{guide?.status ?? 'unknown'}</output>
      </p>
    </section>
  );
}

/**
 * A fresh engine for each story, run as the toolbar's persona (a new in-memory store on every
 * mount, seeded with the persona's usage), the page, and the tour over it.
 */
export function TourStoryFrame({
  children,
  tour,
  controls = 'top',
  ...provider
}: TourStoryFrameProps) {
  return (
    <PersonaGuidepostProvider {...provider}>
      {controls === 'top' ? <TourControls /> : null}
      {children}
      {tour}
    </PersonaGuidepostProvider>
  );
}
