import {
  createGuidepost,
  memoryAdapter,
  type CreateGuidepostOptions,
  type Guidepost,
  type GuidepostDefinition,
  type GuidepostState,
  type GuideId,
  type Scheduler,
} from '@guidepost/core';

type Listener = (state: GuidepostState, previous: GuidepostState) => void;

/** An engine a provider owns: started while the provider is mounted, destroyed after. */
export interface ProviderEngine<
  D extends GuidepostDefinition = GuidepostDefinition,
> extends Guidepost<D> {
  /**
   * Starts the engine, or keeps the running one. Returns a release: once every hold is
   * released and none is taken again before the next microtask, the engine is destroyed, so a
   * StrictMode unmount and remount keeps one engine and starts it once.
   */
  retain(): () => void;
}

const INERT_SCHEDULER: Scheduler = {
  setTimeout: () => undefined,
  clearTimeout: () => undefined,
};

/** `idle`: never started; `live`: running; `released`: destroyed until retained again. */
type Phase = 'idle' | 'live' | 'released';

/**
 * Wraps `createGuidepost` so that creating it is free of effects: nothing loads, shows, saves
 * or sets a timer until `retain()` (the provider's effect) or a first action on the client.
 * Until then, and on the server, it reads as the engine's initial state, where nothing is
 * ready or open. Options are read when the engine starts, so they are the latest props.
 *
 * @example
 * const engine = createProviderEngine(definition, () => ({ user, storage }));
 * useEffect(() => engine.retain(), [engine]);
 */
export function createProviderEngine<D extends GuidepostDefinition>(
  definition: D,
  options: () => CreateGuidepostOptions<GuideId<D>>,
): ProviderEngine<D> {
  const listeners = new Set<Listener>();
  let phase: Phase = 'idle';
  let closed = false;
  let holds = 0;
  let probe: Guidepost | undefined;
  let live: Guidepost | undefined;
  let unsubscribeLive: (() => void) | undefined;

  /** An engine that never runs: no storage, timers, claims or listeners, for the initial state. */
  const inert = (): Guidepost => {
    if (probe === undefined) {
      const { user, now } = options();
      probe = createGuidepost(definition as GuidepostDefinition, {
        ...(user === undefined ? {} : { user }),
        ...(now === undefined ? {} : { now }),
        storage: memoryAdapter(),
        scheduler: INERT_SCHEDULER,
        locks: null,
        onError: () => undefined,
      });
    }
    return probe;
  };

  const notify = (state: GuidepostState, previous: GuidepostState) => {
    if (state === previous) return;
    for (const listener of [...listeners]) listener(state, previous);
  };

  const start = (): Guidepost => {
    const before = engine.getState();
    const running = createGuidepost(
      definition as GuidepostDefinition,
      options() as CreateGuidepostOptions,
    );
    live = running;
    phase = 'live';
    unsubscribeLive = running.subscribe(notify);
    notify(running.getState(), before);
    return running;
  };

  const stop = () => {
    if (holds > 0 || closed || phase !== 'live' || live === undefined) return;
    const before = live.getState();
    unsubscribeLive?.();
    unsubscribeLive = undefined;
    live.destroy();
    live = undefined;
    phase = 'released';
    notify(inert().getInitialState(), before);
  };

  /** The engine actions go to: the running one, one started on first use, or the inert one. */
  const target = (): Guidepost => {
    if (live !== undefined) return live;
    // Effects of children run before the provider's: their first action starts the engine.
    if (phase === 'idle' && !closed && typeof document !== 'undefined') return start();
    return inert();
  };

  const engine: ProviderEngine = {
    definition,
    identify: (user) => target().identify(user),
    track: (event, props) => target().track(event, props),
    start: (id, startOptions) => target().start(id, startOptions),
    next: (id) => target().next(id),
    back: (id) => target().back(id),
    skip: (id, direction) => target().skip(id, direction),
    goTo: (id, stepId) => target().goTo(id, stepId),
    complete: (id) => target().complete(id),
    dismiss: (id, reason) => target().dismiss(id, reason),
    close: (id, reason) => target().close(id, reason),
    snooze: (id, span) => target().snooze(id, span),
    reset: (id) => target().reset(id),
    eligible: () => target().eligible(),
    explain: (id) => target().explain(id),
    interruptionBudget: () => target().interruptionBudget(),
    now: () => (live ?? inert()).now(),
    getState: () => live?.getState() ?? inert().getInitialState(),
    getInitialState: () => inert().getInitialState(),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setRoute: (route) => target().setRoute(route),
    completeItem: (checklistId, itemId) => target().completeItem(checklistId, itemId),
    answer: (id, value) => target().answer(id, value),
    ctaClicked: (id, href, stepId) => target().ctaClicked(id, href, stepId),
    reportError: (error) => target().reportError(error),
    destroy() {
      if (closed) return;
      closed = true;
      live?.destroy();
      probe?.destroy();
    },
    retain() {
      if (closed) return () => undefined;
      holds += 1;
      if (live === undefined) start();
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        holds -= 1;
        if (holds === 0) queueMicrotask(stop);
      };
    },
  };
  return engine as unknown as ProviderEngine<D>;
}
