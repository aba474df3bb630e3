import type { GuideProgress } from '../../persistence/types';
import type { EligibilityReason } from '../model/eligibility-reason';
import type { EngineCore } from '../model/engine-core';
import type { GoalExplanation, GoalStart, GoalState } from '../pacing/goals';
import type { InterruptionBudgetState } from '../pacing/interruption-budget';
import type { ModalChannel } from './modal-channel';
import type { ShowClaims } from './show-claims';
import type { ProgressPersistence } from './progress-persistence';
import type { Explanation, Rule, RuleContext, UserAttributes } from '../../targeting/types';
import type { GuideCloseReason, GuideExplanation } from '../model/types';
import type { HintCloseKind, HintSettlement } from '../actions/settle-hint';
import type { Snapshot } from '../../persistence/types';
import type { GuideCenterView } from '../model/guide-center-view';

/** Runs a change to the engine, re-evaluates and commits once. */
export type EngineAct = (run: () => void) => void;

/** One timer aimed at the engine's next time boundary. */
export interface EngineTimer {
  /**
   * Aims the timer at the next moment time alone could change what shows, or what one of the
   * app's watched rules (`useTargeting`, `useSegment`) answers.
   */
  aim(watchedRules: Iterable<Rule>): void;
  stop(): void;
}

/** How often modal guides may interrupt: the interruption budget's hooks into the engine. */
export interface EnginePacing {
  /** Called once, when the engine is created. */
  readonly install: (core: EngineCore) => void;
  /** `start(id)` asked for the guide: it is not an interruption. */
  readonly requested: (core: EngineCore, id: string) => void;
  /** A guide opened (`resumed` when an active one came back). */
  readonly opened: (core: EngineCore, id: string, resumed: boolean) => void;
  /** Why a guide may not open on its own now. */
  readonly reasons: (
    core: EngineCore,
    id: string,
    progress: GuideProgress,
    now: number,
  ) => EligibilityReason[];
  /** Where the budget stands. */
  readonly state: (core: EngineCore, now: number) => InterruptionBudgetState;
  /** The next moment the budget frees up by time alone. */
  readonly boundary: (core: EngineCore, now: number) => number | undefined;
}

/** Goals: measuring whether a guide's users reach its goal event. */
export interface EngineGoals {
  /** A guide's show, or a rollout's exposure, starts the clock for its goal. */
  readonly start: (core: EngineCore, id: string, start: GoalStart) => void;
  /** A tracked event reaches the goals waiting for it. */
  readonly reach: (core: EngineCore, event: string, at: number) => void;
  /** Where a guide's goal stands, for `explain(id)`. */
  readonly explain: (core: EngineCore, id: string) => GoalExplanation | undefined;
  /** Where a guide's goal stands, read before a reset. */
  readonly state?: (core: EngineCore, id: string) => GoalState | undefined;
  /** After a reset: starts again a clock the user's exposure had started (see `restartGoal`). */
  readonly restart?: (core: EngineCore, id: string, before: GoalState | undefined) => void;
}

/** The guide center: its view of this moment, and the read marks of its "what's new". */
export interface EngineGuideCenter {
  /** What the center shows the user now. */
  readonly view: (core: EngineCore) => GuideCenterView;
  /** Marks announcements read; other ids change nothing. */
  readonly markRead: (core: EngineCore, ids: readonly string[]) => void;
}

/** Checklists, from `checklistKind`: ticking items, following them, which ones the user sees. */
export interface EngineChecklists {
  /** Ticks one item; unknown items change nothing. */
  readonly tick: (core: EngineCore, checklistId: string, itemId: string) => void;
  /** Follows an item's link; whether it was followed. */
  readonly follow: (core: EngineCore, checklistId: string, itemId: string) => boolean;
  /** The ids of the items the user sees, in order. */
  readonly visibleItems: (
    core: EngineCore,
    checklistId: string,
    scope: () => RuleContext,
  ) => string[];
  /** Ticks the items an event completes. */
  readonly tracked: (core: EngineCore, event: string) => void;
  /** Ticks the items a guide completing completes. */
  readonly guideFinished: (core: EngineCore, id: string) => void;
}

/** Hints, from `tooltipKind`: a hint's close or completion. */
export interface EngineHints {
  /** Settles a hint: completes it when it shows once (or its shows are used), else closes it. */
  readonly settle: (
    core: EngineCore,
    id: string,
    kind: HintCloseKind,
    reason?: GuideCloseReason,
  ) => HintSettlement;
}

/** Announcements, from `announcementKind`. */
export interface EngineAnnouncements {
  /** Closes the shows of announcements whose schedule ended. */
  readonly expire: (core: EngineCore, now: number) => void;
}

/** Survey answers: recording them, and reading those kept as attributes. */
export interface EngineSurveyAnswers {
  /** Records an answer to survey `id`; whether it was recorded. */
  readonly answer: (core: EngineCore, id: string, value: unknown) => boolean;
  /** The user's attributes with the answers kept as attributes filled in. */
  readonly withAnswers: (user: UserAttributes, snapshot: Snapshot) => UserAttributes;
}

/**
 * What a plugin adds to the engine: each field is one seam, a later plugin with the same seam
 * replacing an earlier one. The engine reads them once, when it is created. The factories get
 * the engine's internals, so plugins come from this package (`localStoragePersistence()`, …).
 */
export interface EnginePluginParts {
  /** Loads and saves progress; without one, progress lives in memory. */
  readonly sync?: (
    core: EngineCore,
    act: EngineAct,
    parts: EnginePluginParts,
  ) => ProgressPersistence;
  /** Merge snapshots other tabs save (through the storage adapter's `subscribe`). */
  readonly crossTab?: boolean;
  /** Claims once-only modal shows across tabs before they open. */
  readonly claims?: (core: EngineCore, act: EngineAct) => ShowClaims;
  /** Re-evaluates at the next time boundary; without it, at the next action. */
  readonly timer?: (core: EngineCore, act: EngineAct) => EngineTimer;
  /** The modal channel shared with other engines on the page. */
  readonly modalChannel?: ModalChannel;
  /** The interruption budget. */
  readonly pacing?: EnginePacing;
  /** Goals and `goal_reached` events. */
  readonly goals?: EngineGoals;
  /**
   * Explains an audience clause by clause.
   * @deprecated No longer read: `explain` (from `explanations()`) explains the audience.
   */
  readonly explainAudience?: (core: EngineCore, rule: Rule, scope: RuleContext) => Explanation;
  /** `explain(id)` in words, the audience clause by clause. */
  readonly explain?: (core: EngineCore, id: string) => GuideExplanation;
  /** The guide center's view and `markRead`. */
  readonly guideCenter?: EngineGuideCenter;
  /** Checklists (`checklistKind`). */
  readonly checklist?: EngineChecklists;
  /** Hints (`tooltipKind`). */
  readonly hint?: EngineHints;
  /** Announcements (`announcementKind`). */
  readonly announcements?: EngineAnnouncements;
  /** `answer(id, value)` and survey answers kept as attributes. */
  readonly surveyAnswers?: EngineSurveyAnswers;
}

/**
 * One opt-in part of the engine, given to `createGuidepostEngine` in `plugins`: persistence,
 * cross-tab sync and claims, time boundaries, a shared modal channel, explanations, the guide
 * center, survey answers. An app
 * bundles only the plugins it imports; `createGuidepost` is the preset with all of them.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [localStoragePersistence(), timeBoundaries()] });
 */
export interface GuidepostPlugin {
  /** The plugin's name, as `localStoragePersistence`, for debugging. */
  readonly name: string;
  /** What it adds; read by the engine alone. */
  readonly parts: EnginePluginParts;
}

/** The parts of a list of plugins, later ones winning per seam. */
export function pluginParts(plugins: readonly GuidepostPlugin[]): EnginePluginParts {
  return Object.assign({}, ...plugins.map((plugin) => plugin.parts)) as EnginePluginParts;
}
