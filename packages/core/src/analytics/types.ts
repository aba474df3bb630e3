import type { TouchTier } from '../targeting/types';

/** Every event name Guidepost emits. */
export type GuidepostEventName =
  | 'guide_shown'
  | 'step_viewed'
  | 'step_completed'
  | 'step_skipped'
  | 'guide_completed'
  | 'guide_dismissed'
  | 'guide_snoozed'
  | 'checklist_item_completed'
  | 'cta_clicked'
  | 'guide_error'
  | 'exposure'
  | 'goal_reached'
  | 'survey_answered';

interface EventBase<Name extends GuidepostEventName, G extends string> {
  readonly name: Name;
  readonly guideId: G;
  /** The guide version the event belongs to. */
  readonly version: number;
  readonly tier: TouchTier;
  readonly userId: string | undefined;
  /** Epoch ms from the engine's clock. */
  readonly timestamp: number;
}

/** A guide appeared to the user. */
export type GuideShownEvent<G extends string = string> = EventBase<'guide_shown', G>;
/** A tour step appeared. */
export interface StepViewedEvent<G extends string = string> extends EventBase<'step_viewed', G> {
  readonly stepId: string;
  readonly stepIndex: number;
}
/** A tour step was left forward. */
export interface StepCompletedEvent<G extends string = string> extends EventBase<
  'step_completed',
  G
> {
  readonly stepId: string;
  readonly stepIndex: number;
}
/**
 * A tour step was passed over without being shown: its target never appeared (`onMissing:
 * 'skip'`, or `skip(id)`). Never counted as completed.
 */
export interface StepSkippedEvent<G extends string = string> extends EventBase<'step_skipped', G> {
  readonly stepId: string;
  readonly stepIndex: number;
  readonly reason: 'target_missing';
}
/**
 * A guide was finished. A tour completes only from its last step, shown and finished (Done,
 * `next()` there, or `complete(id)`); skipped steps never complete it.
 */
export type GuideCompletedEvent<G extends string = string> = EventBase<'guide_completed', G>;
/**
 * How a guide was closed before its end. `close` (a close button) and `escape` name what the
 * user pressed, not whether the guide comes back: through `close(id, reason)` (an announcement,
 * a hint, `useTour(id).close`) they end this show only, and the guide may show again as its
 * `frequency` allows; the built-in `Tour` passes them to `dismiss`, which ends the tour for good
 * in its version. `dont_show_again` dismisses it for good in its version. `target_missing` is
 * a tour ended by a step's `onMissing: 'end'` when its target never appeared, so reports can
 * tell it from a user's choice.
 */
export type GuideDismissReason = 'close' | 'escape' | 'dont_show_again' | 'target_missing';

/** A guide was closed before its end; `reason` says how (see {@link GuideDismissReason}). */
export interface GuideDismissedEvent<G extends string = string> extends EventBase<
  'guide_dismissed',
  G
> {
  readonly reason: GuideDismissReason;
  readonly stepId?: string;
}
/** A guide was put off until `until`. */
export interface GuideSnoozedEvent<G extends string = string> extends EventBase<
  'guide_snoozed',
  G
> {
  readonly until: number;
}
/** A checklist item was ticked. */
export interface ChecklistItemCompletedEvent<G extends string = string> extends EventBase<
  'checklist_item_completed',
  G
> {
  readonly itemId: string;
}
/** A call to action was followed. */
export interface CtaClickedEvent<G extends string = string> extends EventBase<'cta_clicked', G> {
  readonly href: string;
  readonly stepId?: string;
}
/** A guide failed and was skipped; the host app kept working. */
export interface GuideErrorEvent<G extends string = string> extends EventBase<'guide_error', G> {
  readonly code: string;
  readonly message: string;
  readonly stepId?: string;
  readonly path?: string;
}
/** A user was bucketed by a rollout or holdout rule: `variant` says which side. */
export interface ExposureEvent<G extends string = string> extends EventBase<'exposure', G> {
  readonly variant: 'treatment' | 'holdout';
}

/**
 * A user did what a guide's `goal` asks within its window: once per user, guide and version,
 * for users who saw the guide and for holdout users who never did, so the two can be compared.
 */
export interface GoalReachedEvent<G extends string = string> extends EventBase<'goal_reached', G> {
  /** The goal's event name. */
  readonly goal: string;
  /** The rollout side the user was exposed on; absent for a guide the user reached without one. */
  readonly variant?: 'treatment' | 'holdout';
  /** Time from the goal's start (exposure, else first show) to the event, in ms. */
  readonly elapsedMs: number;
}

/**
 * A user answered a survey: once per user, guide and version. `guide_completed` follows it. For
 * a guide whose audience holds a rollout, `variant` says which side the user is on.
 */
export interface SurveyAnsweredEvent<G extends string = string> extends EventBase<
  'survey_answered',
  G
> {
  /** The kind of question answered. */
  readonly question: 'nps' | 'csat' | 'choice' | 'text';
  /** The score (`nps` 0–10, `csat` 1–5), the option id (`choice`) or the text (`text`). */
  readonly answer: number | string;
  /** The user attribute the answer was kept as (the survey's `saveAs`), if any. */
  readonly attribute?: string;
  /** The rollout side, for a survey whose audience holds a rollout. */
  readonly variant?: 'treatment' | 'holdout';
}

/** Any event Guidepost emits, discriminated by `name`. */
export type GuidepostEvent<G extends string = string> =
  | GuideShownEvent<G>
  | StepViewedEvent<G>
  | StepCompletedEvent<G>
  | StepSkippedEvent<G>
  | GuideCompletedEvent<G>
  | GuideDismissedEvent<G>
  | GuideSnoozedEvent<G>
  | ChecklistItemCompletedEvent<G>
  | CtaClickedEvent<G>
  | GuideErrorEvent<G>
  | ExposureEvent<G>
  | GoalReachedEvent<G>
  | SurveyAnsweredEvent<G>;

/** Receives every event; adapters for analytics clients have this shape. */
export type GuidepostEventListener<G extends string = string> = (event: GuidepostEvent<G>) => void;
