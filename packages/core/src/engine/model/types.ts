import type { GuideDismissReason, GuidepostEventListener } from '../../analytics/types';
import type { RuleKinds } from '../../targeting/rule-kind';
import type { ModalChannel } from '../plugins/modal-channel';
import type { GuidepostError } from '../../errors/guidepost-error';
import type { ChecklistItemId, EventName, GuideId, GuideIdOfKind, StepId } from '../../guides';
import type { GuideKind, GuidepostDefinition, SurveyAnswerValue } from '../../guides/types';
import type { GuideStatus, Snapshot, StorageAdapter } from '../../persistence/types';
import type {
  DateInput,
  DurationString,
  Explanation,
  TouchTier,
  UserAttributes,
} from '../../targeting/types';
import type { ShowLocks } from '../plugins/web-locks';
import type { EligibilityReason } from './eligibility-reason';
import type { GoalExplanation } from '../pacing/goals';
import type { InterruptionBudget, InterruptionBudgetState } from '../pacing/interruption-budget';
import type { SkipDirection } from '../actions/skip-step';
import type { HintCloseKind, HintSettlement } from '../actions/settle-hint';
import type { TargetMissingOutcome } from '../actions/target-missing';
import type { Rule } from '../../targeting/types';
import type { GuideCenterView } from './guide-center-view';

/**
 * What React renders of one guide. Objects are replaced only when something in them changed,
 * so a selector on one guide re-renders only what shows that guide.
 */
export interface GuideView<G extends string = string> {
  readonly id: G;
  /** Which component renders it. */
  readonly kind: GuideKind;
  /** The stored status for the guide's current version. */
  readonly status: GuideStatus;
  /** Shown in this tab now (a session fact, never persisted). */
  readonly open: boolean;
  /** The current step, resolved against the current steps (0 for kinds without steps). */
  readonly stepIndex: number;
  /** The current step's id; `undefined` for kinds without steps. */
  readonly stepId: string | undefined;
  /** Tour steps; 1 for the other kinds. */
  readonly stepCount: number;
  /** How often it was shown in its current version. */
  readonly shows: number;
  /** The definition's version of the guide. */
  readonly version: number;
  /** Checklist items done, by item id, with when (epoch ms); checklists only. */
  readonly items?: Readonly<Record<string, number>>;
  /**
   * The ids of the checklist items this user sees, in definition order: items without an
   * `audience`, and those whose audience holds now (re-judged when the user, usage or the clock
   * cross a boundary). Items with an audience are left out until the user's progress is loaded.
   * Checklists only.
   */
  readonly visibleItems?: readonly string[];
  /** Why the guide was disabled, when it was. */
  readonly error?: GuidepostError;
  /**
   * The current step shows centred in the page: its target was reported missing
   * (`targetMissing`) and its `onMissing` is `'center'`, or it is the last step and there is
   * nothing to skip to. Tours only; absent otherwise.
   */
  readonly centered?: boolean;
}

/** The engine's state: persisted facts (`snapshot`) apart from what this tab shows (`guides[id].open`). */
export interface GuidepostState<G extends string = string> {
  /** False while an async adapter loads the user's snapshot; nothing auto-starts until then. */
  readonly ready: boolean;
  /** The user's attributes, as last given to `createGuidepost` or `identify`. */
  readonly user: UserAttributes;
  /** The user's id as a string; `undefined` for an anonymous user (stored as `anonymous`). */
  readonly userId: string | undefined;
  /** The user's touch tier, from the definition's touch model. */
  readonly tier: TouchTier;
  /** The route the app last reported, if any. */
  readonly route: string | undefined;
  /** Everything persisted for the user. */
  readonly snapshot: Snapshot;
  /** What each guide shows, by id. */
  readonly guides: Readonly<Record<G, GuideView<G>>>;
  /**
   * The guides of the modal show open in this tab, in the order they page: one tour, or a group
   * of announcements newest first (`publishedAt`, else schedule `from`, else definition order).
   * Empty when the modal channel is free.
   */
  readonly modal: readonly G[];
}

/** How a show was closed for now: a close button (`close`) or the Escape key (`escape`). */
export type GuideCloseReason = Exclude<GuideDismissReason, 'dont_show_again' | 'target_missing'>;

/** Timers, injectable so time boundaries are testable without waiting. */
export interface Scheduler {
  /** Calls `callback` after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer set with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** Options of `createGuidepost`. */
export interface GuidepostOptions<G extends string = string> {
  /** The user; `id` keys persistence and rollouts. Without one the user is anonymous. */
  readonly user?: UserAttributes;
  /** Where snapshots live. @default localStorageAdapter() */
  readonly storage?: StorageAdapter;
  /** Receives every event: a listener or a list (analytics adapters have this shape). */
  readonly onEvent?: GuidepostEventListener<G> | readonly GuidepostEventListener<G>[];
  /** Receives every error; Guidepost never throws into the host app. @default console.warn */
  readonly onError?: (error: GuidepostError) => void;
  /**
   * The clock, in epoch ms. Schedules are judged by it, so where the client clock may be wrong
   * pass one corrected by the server's (`() => Date.now() + offsetFromServerDateHeader`).
   * @default Date.now
   */
  readonly now?: () => number;
  /** Timers for time boundaries (schedules, snoozes, cooldowns). @default globalThis timers */
  readonly scheduler?: Scheduler;
  /** The route the app starts on, for route triggers. */
  readonly route?: string;
  /**
   * Cross-tab claims for once-only modal shows; `null` turns them off.
   * @default navigator.locks where present
   */
  readonly locks?: ShowLocks | null;
  /**
   * A modal channel shared with other engines: while one of them shows a modal guide, this
   * engine's modal guides wait, and the other way round, so a page with two providers never
   * shows two blocking guides at once. Inline guides are not held back. `GuidepostProvider`
   * gives the engine it creates the page's (`pageModalChannel()`); an engine created without one
   * waits for no other.
   */
  readonly modalChannel?: ModalChannel;
  /**
   * How often modal guides may interrupt on their own: the least gap after one closes, and
   * caps per session and per day, shared by tours and announcements. Shows asked for through
   * `start(id)` are never held back.
   * @default { gap: '3m', perSession: 3, perDay: 5 }
   */
  readonly interruptions?: InterruptionBudget;
  /**
   * The rule kinds audiences, segments and the touch model may use. A guide whose rules use a
   * kind left out is skipped with a `guide_error` naming the kind and the import that
   * registers it; a segment or touch rule that does is reported once and never holds.
   * @default allRuleKinds
   */
  readonly ruleKinds?: RuleKinds;
}

/** Options of `start`. */
export interface StartOptions {
  /**
   * Start whatever eligibility says: a completed or dismissed guide starts over in a new
   * epoch, and a modal guide takes the channel from the one open (which resumes after).
   * @default false
   */
  readonly force?: boolean;
}

/** How long to put a guide off: a duration (`'1d'`), ms, or a moment. */
export type SnoozeFor = DurationString | number | { readonly until: DateInput };

/** Why a guide is or is not eligible now. */
export interface GuideExplanation {
  /** It shows now, or would as soon as its turn comes in this reconciliation. */
  readonly eligible: boolean;
  /** Every reason it may not show now; empty when eligible. */
  readonly reasons: readonly EligibilityReason[];
  /** The audience rule, clause by clause; absent when the guide has none. */
  readonly audience?: Explanation;
  /** Where the guide's goal stands for this user; absent when the guide declares none. */
  readonly goal?: GoalExplanation;
}

/** The engine `createGuidepost` returns, typed by the definition's names. */
export interface Guidepost<D extends GuidepostDefinition = GuidepostDefinition> {
  /** The definition the engine was created with. */
  readonly definition: D;
  /** Switches or updates the user: a new id saves, loads that user's snapshot and re-evaluates. */
  identify(user: UserAttributes): void;
  /** Records a usage event; may start event-triggered guides, advance a step or tick checklist items. */
  track(event: EventName<D>, props?: Readonly<Record<string, unknown>>): void;
  /** Starts a guide now (manual trigger); returns whether it opened. */
  start(id: GuideId<D>, options?: StartOptions): boolean;
  /** Next step; from the last step, completes. Without an id: the open modal guide. */
  next(id?: GuideId<D>): void;
  /** Previous step. Without an id: the open modal guide. */
  back(id?: GuideId<D>): void;
  /**
   * Passes over the current step of a tour without showing it (its target is not there):
   * `step_skipped`, never `step_completed`, and on to the next step (the previous one going
   * `'back'`). From the last step the tour does not complete: it ends dismissed with the
   * reason `target_missing`. Without an id: the open modal guide.
   * @default direction 'forward'
   */
  skip(id?: GuideId<D>, direction?: SkipDirection): void;
  /** Jumps to a step of an active tour. */
  goTo<T extends GuideIdOfKind<D, 'tour'>>(id: T, stepId: StepId<D, T>): void;
  /** Marks a guide completed (also ticks the checklist items that wait for it). */
  complete(id: GuideId<D>): void;
  /**
   * Dismisses a guide for good ("don't show again"): it never shows again in this version,
   * whatever its `frequency` (saved before it closes). `reason` is what `guide_dismissed`
   * reports: a tour closed with Escape or its close button is dismissed too, as `'escape'` or
   * `'close'`.
   * @default reason 'dont_show_again'
   */
  dismiss(id: GuideId<D>, reason?: GuideDismissReason): void;
  /**
   * The user closed a guide (its ×, Escape, a hint left): one meaning from every component,
   * part and hook, decided by the guide's kind. A **tour** is dismissed for good in its version
   * (`guide_dismissed` with the reason, `'close'` by default): it is not pushed at the user
   * again (`snooze` is the "not now"; `start(id, { force: true })` replays it). An
   * **announcement**, **hint** or **checklist** ends its show for now: the show counted, and it
   * shows again as its `frequency` allows (a modal guide waits for a new trigger or the next
   * session); with a `reason`, reported as `guide_dismissed` with it.
   */
  close(id: GuideId<D>, reason?: GuideCloseReason): void;
  /** Puts a guide off; it shows again, through the scheduler, when the time comes. */
  snooze(id: GuideId<D>, span: SnoozeFor): void;
  /** Forgets a guide's progress (or every guide's) so it may show again. */
  reset(id?: GuideId<D>): void;
  /** Ids eligible now, in show order. */
  eligible(): GuideId<D>[];
  /** Why a guide is or is not eligible now. */
  explain(id: GuideId<D>): GuideExplanation;
  /** Where the interruption budget stands: the gap running, the shows this session and day. */
  interruptionBudget(): InterruptionBudgetState;
  /** The engine's clock, in epoch ms (the injected `now`). */
  now(): number;
  /** The current state. */
  getState(): GuidepostState<GuideId<D>>;
  /** The state before anything loaded or showed (for server rendering and hydration). */
  getInitialState(): GuidepostState<GuideId<D>>;
  /** Calls `listener` after every state change; returns an unsubscribe function. */
  subscribe(
    listener: (state: GuidepostState<GuideId<D>>, previous: GuidepostState<GuideId<D>>) => void,
  ): () => void;
  /** Reports the app's route, for route triggers and route-advanced steps. */
  setRoute(route: string): void;
  /**
   * Records the answer to a survey: `survey_answered`, the answer kept as a user attribute when
   * the survey has `saveAs` (rules read it like any attribute), then the survey completed, so it
   * is never asked again in this version. A score for `nps` (0–10) and `csat` (1–5), an option id
   * for `choice`, the text for `text`. Returns whether it was recorded: a survey answered or
   * dismissed in this version takes no other answer, and one its question cannot take is
   * reported through `onError` as `invalid_answer`.
   *
   * @example
   * guidepost.answer('nps-2026', 9);
   */
  answer(id: GuideIdOfKind<D, 'survey'>, value: SurveyAnswerValue): boolean;
  /** Ticks a checklist item. */
  completeItem<C extends GuideIdOfKind<D, 'checklist'>>(
    checklistId: C,
    itemId: ChecklistItemId<D, C>,
  ): void;
  /**
   * The user followed a guide's call to action: `cta_clicked`, and an announcement completes.
   * False (and reported as `unsafe_link`) for a link that is not safe to follow.
   */
  followCta(id: GuideId<D>, href: string): boolean;
  /**
   * The user followed a checklist item's link: `cta_clicked`, and the item is ticked unless its
   * `completeOn` ticks it when the work is done. False (and reported) for an unsafe link.
   */
  followItem<C extends GuideIdOfKind<D, 'checklist'>>(
    checklistId: C,
    itemId: ChecklistItemId<D, C>,
  ): boolean;
  /**
   * A tour step's target never appeared: reported once as `target_not_found` (`detail` says
   * why), then the step's `onMissing` applies: `'skip'` (the default) skips it the way the user
   * was going (from the last step going forward it shows centred instead), `'center'` shows it
   * centred (the view's `centered`), `'end'` dismisses the tour as `target_missing`. A report
   * for a step the tour has left is ignored.
   */
  targetMissing(
    id: GuideIdOfKind<D, 'tour'>,
    stepId: string,
    detail?: string,
  ): TargetMissingOutcome;
  /**
   * The user saw a hint and it closed: on purpose (`'dismiss'`: its ×, Escape; reported as
   * `guide_dismissed` with `reason`) or by moving on (`'complete'`). The show ends and the hint
   * shows again as its `frequency` allows; moved on from after its last allowed show (`once`,
   * the default, or `maxShows`), it is completed instead.
   * @default reason 'close'
   */
  settleHint(
    id: GuideIdOfKind<D, 'tooltip'>,
    kind: HintCloseKind,
    reason?: GuideCloseReason,
  ): HintSettlement;
  /**
   * Whether a targeting rule holds for the user now, by the engine's clock and usage; false
   * until the user's progress is loaded.
   */
  holds(rule: Rule): boolean;
  /**
   * Calls `onChange` whenever `rule` may have changed (a state change, or the rule's next time
   * boundary, reached through the engine's one timer); returns the unsubscribe.
   */
  watchRule(rule: Rule, onChange: () => void): () => void;
  /**
   * Holds the engine running (a provider's effect); returns the unmount. The first mount of a
   * `lazy` engine starts it, and once every mount is released and none is taken again before
   * the next microtask, it stops its timers, storage and claims and ignores actions until it
   * is mounted again, so StrictMode's mount, unmount and mount starts it once. An engine
   * created running (not `lazy`) runs until `destroy()`, whoever mounts it.
   */
  mount(): () => void;
  /** What server rendering and hydration read: the state before anything loaded or showed. */
  getServerSnapshot(): GuidepostState<GuideId<D>>;
  /**
   * What the guide center shows this user now: the help articles and contact entries their
   * rules allow, the tours they may replay, their checklists with progress, and published
   * announcements newest first with unread marks. The same object is returned until the
   * state changes, so it can be read as a `useSyncExternalStore` snapshot.
   */
  guideCenter(): GuideCenterView<GuideId<D>>;
  /**
   * Marks announcements read in the guide center's "what's new" (saved with their progress).
   * Without an id: every unread one the center lists.
   */
  markRead(id?: GuideIdOfKind<D, 'announcement'>): void;
  /** Reports a followed call to action; returns false (and reports) when the link is unsafe. */
  ctaClicked(id: GuideId<D>, href: string, stepId?: string): boolean;
  /** Reports a rendering failure (a target not found…) as `guide_error` and to `onError`. */
  reportError(error: GuidepostError): void;
  /** Stops timers, subscriptions and claims; later calls do nothing. */
  destroy(): void;
}
