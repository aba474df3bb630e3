import { createStore } from 'zustand/vanilla';
import type { GuidepostEventListener } from '../analytics/types';
import { GuidepostError } from '../errors/guidepost-error';
import type { DefinitionIssue, GuideId } from '../guides';
import { isSafeHref, skippedGuidesOf } from '../guides';
import type { GuidepostDefinition } from '../guides/types';
import { emptySnapshot } from '../persistence/empty-snapshot';
import { localStorageAdapter } from '../persistence/local-storage-adapter';
import { allRuleKinds } from '../targeting/rule-kinds';
import type { RuleKinds } from '../targeting/rule-kind';
import type { UserAttributes } from '../targeting/types';
import { buildGuidepostState } from './build-guidepost-state';
import { finishGuide } from './actions/checklist-actions';
import { createEmitter } from './create-emitter';
import { createEngineCore, storageKeyOf, userIdOf } from './create-engine-core';
import {
  disableGuide,
  errorFields,
  progressOf,
  queueEvent,
  sealProgress,
  writeProgress,
} from './model/engine-core';
import { eligibleGuides } from './evaluate-guides';
import { unexplainedGuide } from './unexplained-guide';
import { explainGuide } from './explain-guide';
import { targetingWithoutKinds } from './targeting-without-kinds';
import { createLeanTargeting } from '../targeting/create-lean-targeting';
import type { LeanTargetingOptions } from '../targeting/create-lean-targeting';
import type { LeanTargeting } from '../targeting/types';
import type { EngineCore } from './model/engine-core';
import type { GuideExplanation } from './model/types';
import type { InterruptionBudgetState } from './pacing/interruption-budget';
import { releaseIdleModalChannel, takeModalChannel } from './plugins/modal-channel';
import { reconcile } from './reconcile';
import { isTerminal, resetGuide } from './progress/progress-table';
import type { ShowClaims } from './plugins/show-claims';
import { closeGuide, openGuide } from './actions/show-guide';
import { dismissAction, resetAction, snoozeAction } from './actions/status-actions';
import { skipStep } from './actions/skip-step';
import { jumpToStep, nextStep, previousStep } from './actions/step-actions';
import { memoryProgress } from './plugins/progress-persistence';
import { pluginParts } from './plugins/guidepost-plugin';
import type { GuidepostPlugin } from './plugins/guidepost-plugin';
import { explanations } from './plugins/explanations';
import { goals } from './plugins/goals';
import { interruptionBudget } from './plugins/interruption-budget';
import { persistence } from './plugins/persistence';
import { sharedModalChannel } from './plugins/shared-modal-channel';
import { storageSync } from './plugins/storage-sync';
import { timeBoundaries } from './plugins/time-boundaries';
import { webLocksClaims } from './plugins/web-locks-claims';
import type { Guidepost, GuidepostOptions, GuidepostState } from './model/types';
import { routeAction, trackAction } from './actions/usage-actions';
import { closeByUser } from './actions/close-by-user';
import { followCtaAction } from './actions/follow-cta';
import { createMountCount } from './actions/mount-count';
import type { HintSettlement } from './actions/settle-hint';
import { allGuideKinds } from './kinds/guide-kinds';
import { missingKindMessage, type GuideKindPlugin } from './kinds/guide-kind-plugin';
import { targetMissingAction } from './actions/target-missing';
import { centeredStepOf, noteTravel } from './actions/tour-travel';
import { createRuleWatchers } from './actions/watch-rules';
import type { GuideCenterView } from './model/guide-center-view';
import { guideCenter as guideCenterPlugin } from './plugins/guide-center';
import { surveyAnswers } from './plugins/survey-answers';

/** Options of `createGuidepost`: the common ones, plus the issues `parseGuidepost` found. */
export interface CreateGuidepostOptions<G extends string = string> extends GuidepostOptions<G> {
  /** Issues from `parseGuidepost`; each guide it dropped is reported once as `guide_error`. */
  readonly issues?: readonly DefinitionIssue[];
  /**
   * Create the engine without starting it: nothing loads, saves, sets a timer or claims a show
   * until `mount()` or a first action, and until then it reads as its server snapshot. For
   * creating an engine while rendering (as `GuidepostProvider` does).
   * @default false
   */
  readonly lazy?: boolean;
}

/** The budget of an engine without the `interruptionBudget()` plugin: none. */
const UNPACED: InterruptionBudgetState = Object.freeze({
  gapMs: 0,
  perSession: Infinity,
  perDay: Infinity,
  sessionShows: 0,
  dayShows: 0,
  gapUntil: undefined,
});

/** The guide center of an engine without the `guideCenter()` plugin: empty. */
const NO_CENTER: GuideCenterView = Object.freeze({
  articles: [],
  contacts: [],
  tours: [],
  checklists: [],
  news: [],
  unread: 0,
});

/** Claims nothing: without a lock manager every show opens unclaimed. */
const noClaims: ShowClaims = { claim: () => false, reset: () => undefined };

/**
 * Creates the guide engine: a `zustand/vanilla` store of what shows, and the actions that
 * change it. Every decision is made here (eligibility, show order, steps, snooze, dismissal,
 * persistence, events); React only subscribes and renders.
 * This is the full preset: `createGuidepostEngine` with every plugin and every rule kind
 * (`storage`, `locks`, `scheduler`, `modalChannel` and `interruptions` configure its plugins).
 *
 * - Eligibility is re-evaluated after every action, `identify`, `track`, route change, merge
 *   from another tab, and at the next time boundary (schedule start or end, snooze or cooldown
 *   end, an audience's `nextBoundary`) through one timer of the injected scheduler, never by
 *   polling.
 * - With an async adapter, `ready` stays false and nothing starts on its own until the first
 *   load settles (resolved or failed), so a dismissed pop-up never flashes. After a failed load
 *   an identified user's once-only modal guides keep waiting: the server may hold a dismissal.
 * - Closing a show for now (`close`: Escape, a close button) is not a dismissal: the show counted,
 *   and the guide may show again as its `frequency` allows; `dismiss` ("don't show again") ends
 *   it for good in its version. Both are saved, and reported as `guide_dismissed` with a reason.
 * - Announcements eligible together page through one modal show, newest first; a tour whose
 *   step lives on another route waits without holding the modal channel.
 * - Every progress change is saved before the store changes, so a dismissal is stored before
 *   the dialog closes. Other tabs' snapshots are merged; a guide dismissed or completed there
 *   closes here, and a guide another tab opened is not opened here as well.
 * - Where the browser has Web Locks, two tabs about to show the same once-only modal ask for a
 *   lock named after user, guide and version (`ifAvailable`); only the winner shows it, and
 *   holds the lock while it is open. Without Web Locks (Node, insecure origins) shows are not
 *   claimed; a merge still closes the duplicate as soon as one tab acts on it.
 * - A broken guide (a rule that throws, a field that cannot be read, a guide `parseGuidepost`
 *   dropped) is disabled alone and reported as `guide_error` and to `onError`. A listener that
 *   throws is reported and never breaks the engine.
 *
 * @example
 * const guidepost = createGuidepost(definition, {
 *   user: { id: 'u1', plan: 'trial', signedUpAt: '2026-11-02' },
 *   onEvent: trackAdapter(window.analytics),
 * });
 * guidepost.track('project_created');
 * guidepost.dismiss('release-2026-12');
 */
export function createGuidepost<D extends GuidepostDefinition>(
  definition: D,
  options: CreateGuidepostOptions<GuideId<D>> = {},
): Guidepost<D> {
  const plugins: GuidepostPlugin[] = [
    persistence(options.storage ?? localStorageAdapter()),
    storageSync(),
    webLocksClaims(options.locks),
    timeBoundaries(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
    interruptionBudget(options.interruptions),
    goals(),
    explanations(),
    guideCenterPlugin(),
    surveyAnswers(),
  ];
  if (options.modalChannel !== undefined) plugins.push(sharedModalChannel(options.modalChannel));
  return createEngineWith(
    definition,
    { ...options, ruleKinds: options.ruleKinds ?? allRuleKinds, kinds: allGuideKinds, plugins },
    // The preset bundles the compiler and explanations anyway: no lean stand-ins.
    { withoutKinds: createLeanTargeting, unexplained: explainGuide },
  );
}

/**
 * What an engine falls back on without the parts that would bring them: a targeting when no
 * rule kind carries the compiler, and `explain(id)` without the `explanations()` plugin.
 */
interface EngineFallbacks {
  readonly withoutKinds: (options: LeanTargetingOptions) => LeanTargeting;
  readonly unexplained: (core: EngineCore, id: string) => GuideExplanation;
  /** Why a guide's kind is not registered; the preset, which registers every kind, has none. */
  readonly missingKind?: typeof missingKindMessage;
}

/** The lean engine's fallbacks: no compiler, and `explain(id)` in one line. */
const LEAN_FALLBACKS: EngineFallbacks = {
  withoutKinds: targetingWithoutKinds,
  unexplained: unexplainedGuide,
  missingKind: missingKindMessage,
};

/** Options of `createGuidepostEngine`: those of `createGuidepost` but its seams, and the plugins. */
export interface GuidepostEngineOptions<G extends string = string> extends Omit<
  CreateGuidepostOptions<G>,
  'storage' | 'locks' | 'scheduler' | 'modalChannel' | 'interruptions'
> {
  /**
   * The engine's opt-in parts: `localStoragePersistence()` or `persistence(adapter)`,
   * `storageSync()`, `webLocksClaims()`, `timeBoundaries()`, `interruptionBudget()`,
   * `goals()`, `sharedModalChannel()`, `explanations()`, `guideCenter()`, `surveyAnswers()`.
   * Without a persistence plugin progress lives in memory.
   */
  readonly plugins?: readonly GuidepostPlugin[];
  /**
   * The rule kinds audiences, segments and the touch model may use; none by default, which
   * serves guides without an audience. A guide whose rules use a kind left out is skipped with a
   * `guide_error` naming the kind and the import that registers it.
   */
  readonly ruleKinds?: RuleKinds;
  /**
   * The kinds of guide the engine serves besides tours: `tooltipKind`, `checklistKind`,
   * `announcementKind`, `surveyKind` (or `allGuideKinds`); none by default. A guide of a kind
   * left out is skipped with a `guide_error` naming the export that registers it.
   */
  readonly kinds?: readonly GuideKindPlugin[];
}

/**
 * The guide engine with only the parts an app imports: what `createGuidepost` is, without
 * persistence, cross-tab sync and claims, time boundaries, the interruption budget, goals, a
 * shared modal channel, explanations, the guide center's view or survey answers, kinds of guide
 * other than tours, or rule kinds unless they are given as `plugins`, `kinds` and `ruleKinds`. Every engine action and event behaves as in `createGuidepost`.
 *
 * @example
 * import { createGuidepostEngine, localStoragePersistence } from '@guidepost/core/engine';
 *
 * const guidepost = createGuidepostEngine(definition, {
 *   user: { id: 'u1' },
 *   plugins: [localStoragePersistence()],
 * });
 */
export function createGuidepostEngine<D extends GuidepostDefinition>(
  definition: D,
  options: GuidepostEngineOptions<GuideId<D>> = {},
): Guidepost<D> {
  return createEngineWith(definition, options, LEAN_FALLBACKS);
}

/** The engine of `createGuidepostEngine` and `createGuidepost`, with their fallbacks. */
function createEngineWith<D extends GuidepostDefinition>(
  definition: D,
  options: GuidepostEngineOptions<GuideId<D>>,
  fallbacks: EngineFallbacks,
): Guidepost<D> {
  const kinds = options.kinds ?? [];
  const registeredKinds = new Set(kinds.map((each) => each.kind));
  const parts = pluginParts([...kinds, ...(options.plugins ?? [])]);
  const clock = options.now ?? Date.now;
  const onError = options.onError ?? ((error: GuidepostError) => console.warn(error));
  const report = (error: GuidepostError): void => {
    try {
      onError(error);
    } catch {
      // onError is the last resort; a throw there has nowhere left to go.
    }
  };
  // Listeners are typed by the definition's ids; inside, ids are plain strings.
  const emitter = createEmitter(
    options.onEvent as GuidepostEventListener | readonly GuidepostEventListener[] | undefined,
    report,
  );
  // A production `defineGuidepost` leaves out guides it cannot read; they are reported here.
  const issues = [...skippedGuidesOf(definition), ...(options.issues ?? [])];
  const core = createEngineCore(
    definition,
    options.user ?? {},
    clock,
    issues,
    options.ruleKinds ?? [],
    parts,
    fallbacks.withoutKinds,
    (id, kind) => fallbacks.missingKind?.(id, kind, registeredKinds),
  );
  parts.pacing?.install(core);
  const { session } = core;
  let destroyed = false;
  let userIdProblem: string | undefined;
  /** The id `user` is stored under; a refused id is reported, once until it changes. */
  const checkUserId = (user: UserAttributes): string | undefined => {
    const { id, error } = userIdOf(user);
    if (error !== undefined && error.message !== userIdProblem) core.outbox.errors.push(error);
    userIdProblem = error?.message;
    return id;
  };
  let depth = 0;

  const sync = parts.sync?.(core, act, parts) ?? memoryProgress(core);
  const claims: ShowClaims = parts.claims?.(core, act) ?? noClaims;
  const centeredOf = (id: string) => centeredStepOf(core, id);
  // A boundary that passed may change a watched rule even when no guide changed.
  let boundaryPassed = false;
  const timer = parts.timer?.(core, (run) => {
    boundaryPassed = true;
    act(run);
  });
  const rules = createRuleWatchers(
    core,
    () => {
      if (mounts.live) timer?.aim(rules.watched());
    },
    () =>
      queueMicrotask(() => {
        if (mounts.live) act(() => undefined);
      }),
  );
  const store = createStore<GuidepostState>()(() =>
    buildGuidepostState(core, undefined, centeredOf),
  );

  /** Saves, then updates the store, then hands out events and errors. */
  function commit(): void {
    sealProgress(core);
    sync.flush();
    timer?.aim(rules.watched());
    noteTravel(core);
    const previous = store.getState();
    const next = buildGuidepostState(core, previous, centeredOf);
    if (next !== previous) store.setState(next, true);
    if (next !== previous || boundaryPassed) rules.notify();
    boundaryPassed = false;
    while (core.outbox.events.length > 0 || core.outbox.errors.length > 0) {
      const events = core.outbox.events.splice(0);
      const errors = core.outbox.errors.splice(0);
      for (const event of events) emitter.emit(event);
      for (const error of errors) report(error);
    }
    // Last, so that engines waiting for the channel see this one's state as it now is.
    releaseIdleModalChannel(core);
  }

  /** Runs a change, re-evaluates and commits once, however deeply changes nest. */
  function act(run: () => void): void {
    if (destroyed || mounts.paused) return;
    // A lazy engine starts on its first action: a child's effect may act before the provider's
    // effect mounts it.
    mounts.ensure();
    if (depth === 0) sealProgress(core);
    depth += 1;
    try {
      run();
      if (depth === 1) reconcile(core, claims.claim);
    } finally {
      depth -= 1;
    }
    if (depth === 0) commit();
  }

  /** Reads (eligible, explain) may find a broken rule; hand out what they found. */
  function afterRead<T>(value: T): T {
    if (core.outbox.events.length > 0 || core.outbox.errors.length > 0) act(() => undefined);
    return value;
  }

  const known = (id: string) => core.settings.has(id);
  /** The guide `next()` and `back()` mean without an id: the open modal guide, else the first open. */
  const focused = (id: string | undefined): string | undefined => {
    if (id !== undefined) return known(id) ? id : undefined;
    const rank = (openId: string): [number, number, number] => {
      const settings = core.settings.get(openId);
      return [
        settings?.channel === 'modal' ? 0 : 1,
        -(settings?.priority ?? 0),
        settings?.order ?? 0,
      ];
    };
    const open = [...session.open].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    return open[0];
  };

  function forceStart(id: string): void {
    if (session.disabled.has(id) || session.open.has(id)) return;
    const progress = progressOf(core, id);
    if (isTerminal(progress.status)) writeProgress(core, id, resetGuide(progress, clock()));
    if (core.settings.get(id)?.channel === 'modal') {
      for (const other of [...session.open]) {
        if (core.settings.get(other)?.channel === 'modal') closeGuide(core, other);
      }
    }
    session.heldElsewhere.delete(id);
    session.claimedElsewhere.delete(id);
    // Asked for by the app or the user: it shows even while another engine's modal guide does.
    if (core.settings.get(id)?.channel === 'modal') takeModalChannel(core);
    openGuide(core, id);
  }

  let stopWaitingForChannel: (() => void) | undefined;

  /** Starts the engine: loads the user's progress, listens to other tabs, shows what is due. */
  function begin(): void {
    // When another engine lets the shared modal channel go, this one's modal guides may show.
    stopWaitingForChannel = session.page?.channel.onRelease(() => act(() => undefined));
    act(() => {
      checkUserId(session.user);
      sync.open();
      const route = session.route ?? options.route;
      if (route !== undefined) routeAction(core, route);
    });
  }

  /** Stops timers, storage, claims and the modal channel; `begin` takes them up again. */
  function pause(): void {
    timer?.stop();
    sync.close();
    claims.reset();
    for (const release of session.releases.values()) release();
    session.releases.clear();
    for (const id of [...session.open]) closeGuide(core, id);
    stopWaitingForChannel?.();
    stopWaitingForChannel = undefined;
    session.page?.channel.release(session.page.owner);
  }

  const lazy = options.lazy === true;
  const mounts = createMountCount(begin, lazy ? pause : undefined);
  if (!lazy) mounts.ensure();

  // The center's view is built when read and kept for one state: apps without a guide center
  // pay nothing for it on each change.
  let centerView: { state: GuidepostState; view: GuideCenterView } | undefined;
  const center = parts.guideCenter;
  const guideCenter = (): GuideCenterView => {
    if (center === undefined) return NO_CENTER;
    const state = store.getState();
    if (centerView?.state !== state) centerView = { state, view: center.view(core) };
    return centerView.view;
  };

  const engine: Guidepost = {
    definition,
    identify(user: UserAttributes) {
      act(() => {
        const userId = checkUserId(user);
        session.user = user;
        if (userId === session.userId) return;
        sync.flush();
        for (const id of [...session.open]) closeGuide(core, id);
        session.armed.clear();
        session.heldElsewhere.clear();
        session.claimedElsewhere.clear();
        session.closed.clear();
        claims.reset();
        session.userId = userId;
        core.snapshot = emptySnapshot(storageKeyOf(userId));
        sync.open();
        if (session.route !== undefined) routeAction(core, session.route);
      });
    },
    track(event) {
      act(() => {
        const at = clock();
        sync.trackedWhileLoading(event, at);
        trackAction(core, event, at);
      });
    },
    start(id, startOptions = {}) {
      if (!known(id)) return false;
      act(() => {
        parts.pacing?.requested(core, id);
        if (startOptions.force === true) forceStart(id);
        else session.armed.add(id);
      });
      return session.open.has(id);
    },
    next(id) {
      const target = focused(id);
      if (target !== undefined) act(() => nextStep(core, target));
    },
    back(id) {
      const target = focused(id);
      if (target !== undefined) act(() => previousStep(core, target));
    },
    skip(id, direction = 'forward') {
      const target = focused(id);
      if (target !== undefined) act(() => skipStep(core, target, direction));
    },
    goTo: (id, stepId) => act(() => jumpToStep(core, id, stepId)),
    complete(id) {
      if (known(id)) act(() => finishGuide(core, id));
    },
    dismiss: (id, reason) => act(() => dismissAction(core, id, reason)),
    close: (id, reason) => act(() => closeByUser(core, id, reason)),
    snooze: (id, span) => act(() => snoozeAction(core, id, span)),
    reset: (id) => act(() => resetAction(core, id === undefined ? core.ids : [id])),
    eligible: () => afterRead(eligibleGuides(core)),
    explain: (id) => afterRead((parts.explain ?? fallbacks.unexplained)(core, id)),
    interruptionBudget: () => parts.pacing?.state(core, clock()) ?? UNPACED,
    now: () => clock(),
    getState: () => store.getState(),
    getInitialState: () => store.getInitialState(),
    subscribe: (listener) => store.subscribe(listener),
    setRoute: (route) => act(() => routeAction(core, route)),
    completeItem: (checklistId, itemId) =>
      act(() => parts.checklist?.tick(core, checklistId, itemId)),
    followCta(id, href) {
      let followed = false;
      act(() => {
        followed = followCtaAction(core, id, href);
      });
      return followed;
    },
    followItem(checklistId, itemId) {
      let followed = false;
      act(() => {
        followed = parts.checklist?.follow(core, checklistId, itemId) ?? false;
      });
      return followed;
    },
    targetMissing(id, stepId, detail) {
      let outcome: ReturnType<typeof targetMissingAction> = 'ignored';
      act(() => {
        outcome = targetMissingAction(core, id, stepId, detail);
      });
      return outcome;
    },
    settleHint(id, kind, reason) {
      let settlement: HintSettlement = 'closed';
      act(() => {
        settlement = parts.hint?.settle(core, id, kind, reason) ?? 'closed';
      });
      return settlement;
    },
    holds: (rule) => rules.holds(rule),
    watchRule: (rule, onChange) => rules.watch(rule, onChange),
    mount: () => mounts.mount(),
    getServerSnapshot: () => store.getInitialState(),
    guideCenter,
    markRead(id) {
      if (center === undefined) return;
      const ids = id === undefined ? guideCenter().news.map((entry) => entry.id) : [id];
      act(() => center.markRead(core, ids));
    },
    answer(id, value) {
      let recorded = false;
      act(() => {
        if (parts.surveyAnswers !== undefined) {
          recorded = parts.surveyAnswers.answer(core, id, value);
          return;
        }
        const message = `survey '${id}' cannot take an answer: add surveyAnswers() from '@guidepost/core/engine' to the plugins`;
        core.outbox.errors.push(new GuidepostError('invalid_answer', message, { guideId: id }));
      });
      return recorded;
    },
    ctaClicked(id, href, stepId) {
      const onStep = stepId === undefined ? {} : { stepId };
      if (!isSafeHref(href)) {
        const message = `guide '${id}' has a link that is not safe to follow: ${href}`;
        engine.reportError(new GuidepostError('unsafe_link', message, { guideId: id, ...onStep }));
        return false;
      }
      act(() => queueEvent(core, 'cta_clicked', id, { href, ...onStep }));
      return true;
    },
    reportError(error) {
      if (destroyed) {
        report(error);
        return;
      }
      act(() => {
        const id = error.guideId;
        // A guide whose content cannot render would fail again on every show.
        const fatal = error.code === 'render_failed' || error.code === 'invalid_definition';
        if (id !== undefined && known(id) && fatal) {
          disableGuide(core, id, error);
          return;
        }
        if (id !== undefined && known(id)) queueEvent(core, 'guide_error', id, errorFields(error));
        core.outbox.errors.push(error);
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (mounts.live) pause();
    },
  };
  return engine as unknown as Guidepost<D>;
}
