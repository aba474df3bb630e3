import { createStore } from 'zustand/vanilla';
import type { GuidepostEventListener } from '../analytics/types';
import { GuidepostError } from '../errors/guidepost-error';
import type { DefinitionIssue, GuideId } from '../guides';
import { isSafeHref, skippedGuidesOf } from '../guides';
import type { GuidepostDefinition } from '../guides/types';
import { emptySnapshot, localStorageAdapter } from '../persistence';
import type { UserAttributes } from '../targeting/types';
import { answerSurvey } from './actions/answer-survey';
import { createBoundaryTimer } from './boundary-timer';
import { buildGuidepostState } from './build-guidepost-state';
import { finishGuide, tickItem } from './checklist-actions';
import { defaultShowLocks } from './claim-show';
import { createEmitter } from './create-emitter';
import { createEngineCore, storageKeyOf, userIdOf } from './create-engine-core';
import {
  disableGuide,
  errorFields,
  progressOf,
  queueEvent,
  sealProgress,
  writeProgress,
} from './engine-core';
import { eligibleGuides, explainGuide } from './explain-guide';
import {
  installInterruptionBudget,
  interruptionBudgetState,
  noteRequested,
} from './interruption-budget';
import { nextBoundaryOf } from './next-boundary-of';
import { releaseIdleModalChannel, takeModalChannel } from './page-channel';
import { reconcile } from './reconcile';
import { resetGuide } from './reset-guide';
import { createShowClaims } from './show-claims';
import { closeGuide, openGuide } from './show-guide';
import { closeAction, dismissAction, resetAction, snoozeAction } from './status-actions';
import { skipStep } from './skip-step';
import { jumpToStep, nextStep, previousStep } from './step-actions';
import { createStorageSync } from './storage-sync';
import { isTerminal } from './transition-input';
import type { Guidepost, GuidepostOptions, GuidepostState, Scheduler } from './types';
import { routeAction, trackAction } from './usage-actions';

const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => {
    const handle = globalThis.setTimeout(callback, ms);
    // In Node a pending timer keeps the process alive: an engine waiting for a date must not
    // keep a script or a test run from exiting. Browsers return a number, with no `unref`.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Options of `createGuidepost`: the common ones, plus the issues `parseGuidepost` found. */
export interface CreateGuidepostOptions<G extends string = string> extends GuidepostOptions<G> {
  /** Issues from `parseGuidepost`; each guide it dropped is reported once as `guide_error`. */
  readonly issues?: readonly DefinitionIssue[];
}

/**
 * Creates the guide engine: a `zustand/vanilla` store of what shows, and the actions that
 * change it. Every decision is made here (eligibility, show order, steps, snooze, dismissal,
 * persistence, events); React only subscribes and renders.
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
    options.modalChannel,
    options.ruleKinds,
  );
  installInterruptionBudget(core, options.interruptions);
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

  const sync = createStorageSync(core, options.storage ?? localStorageAdapter(), act);
  const locks = options.locks === null ? undefined : (options.locks ?? defaultShowLocks());
  const claims = createShowClaims(core, locks, act);
  const timer = createBoundaryTimer(options.scheduler ?? globalScheduler, clock, () =>
    act(() => undefined),
  );
  const store = createStore<GuidepostState>()(() => buildGuidepostState(core, undefined));

  /** Saves, then updates the store, then hands out events and errors. */
  function commit(): void {
    sealProgress(core);
    sync.flush();
    timer.aim(nextBoundaryOf(core));
    const previous = store.getState();
    const next = buildGuidepostState(core, previous);
    if (next !== previous) store.setState(next, true);
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
    if (destroyed) return;
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

  // When another engine lets the shared modal channel go, this one's modal guides may show.
  const stopWaitingForChannel = session.page?.channel.onRelease(() => act(() => undefined));

  act(() => {
    checkUserId(session.user);
    sync.open();
    if (options.route !== undefined) routeAction(core, options.route);
  });

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
        noteRequested(core, id);
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
    close: (id, reason) => act(() => closeAction(core, id, reason)),
    snooze: (id, span) => act(() => snoozeAction(core, id, span)),
    reset: (id) => act(() => resetAction(core, id === undefined ? core.ids : [id])),
    eligible: () => afterRead(eligibleGuides(core)),
    explain: (id) => afterRead(explainGuide(core, id)),
    interruptionBudget: () => interruptionBudgetState(core, clock()),
    now: () => clock(),
    getState: () => store.getState(),
    getInitialState: () => store.getInitialState(),
    subscribe: (listener) => store.subscribe(listener),
    setRoute: (route) => act(() => routeAction(core, route)),
    completeItem: (checklistId, itemId) => act(() => tickItem(core, checklistId, itemId)),
    answer(id, value) {
      let recorded = false;
      act(() => {
        recorded = answerSurvey(core, id, value);
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
      timer.stop();
      sync.close();
      claims.reset();
      for (const release of session.releases.values()) release();
      session.releases.clear();
      stopWaitingForChannel?.();
      session.page?.channel.release(session.page.owner);
    },
  };
  return engine as unknown as Guidepost<D>;
}
