export { eventProperties } from './event-properties';
export { gtagAdapter } from './gtag-adapter';
export { trackAdapter } from './track-adapter';
export type { AdapterOptions, EventProperties } from './event-properties';
export type { Gtag } from './gtag-adapter';
export type { TrackClient } from './track-adapter';
export type {
  ChecklistItemCompletedEvent,
  CtaClickedEvent,
  ExposureEvent,
  GoalReachedEvent,
  GuideCompletedEvent,
  GuideDismissedEvent,
  GuideDismissReason,
  GuideErrorEvent,
  GuidepostEvent,
  GuidepostEventListener,
  GuidepostEventName,
  GuideShownEvent,
  GuideSnoozedEvent,
  StepCompletedEvent,
  StepSkippedEvent,
  StepViewedEvent,
  SurveyAnsweredEvent,
} from './types';
