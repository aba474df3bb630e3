import {
  createGuidepost,
  memoryAdapter,
  type DurationString,
  type EventName,
  type Guidepost,
  type GuidepostDefinition,
  type GuidepostError,
  type GuidepostEvent,
  type GuideId,
  type InterruptionBudget,
  type StepId,
  type SyncStorageAdapter,
  type UserAttributes,
} from '@guidepost/core';
import * as React from 'react';
import type { ReactElement, ReactNode } from 'react';
import { GuidepostProvider } from '../index';
import { createFakeClock, type FakeClock } from './fake-clock';
import { fakeLayout, hasNoLayout } from './fake-layout';
import type { Persona } from './persona';
import { personaSnapshot } from './persona-snapshot';

/** Options of {@link createGuidepostTestKit}. */
export interface GuidepostTestKitOptions<D extends GuidepostDefinition> {
  /** Who the test runs as: a persona (from `buildPersona`) seeds usage and guide states too. */
  readonly persona?: Persona<D>;
  /** Who the test runs as, when there is no persona. @default { id: 'test-user' } */
  readonly user?: UserAttributes;
  /** Where the fake clock starts. @default the persona's `now`, else the real time */
  readonly now?: number | string | Date;
  /** The route the app starts on. */
  readonly route?: string;
  /** How often modal guides may interrupt. @default { gap: 0 }: no wait between two pop-ups */
  readonly interruptions?: InterruptionBudget;
  /**
   * Anchors get a box and the viewport a size, so targets count as visible where there is no
   * layout. @default true under jsdom, false in a real browser
   */
  readonly fakeLayout?: boolean;
}

/** A provider, engine, fake clock, memory storage and event log for one test. */
export interface GuidepostTestKit<D extends GuidepostDefinition> {
  /** The engine under test, on the fake clock and memory storage. */
  readonly engine: Guidepost<D>;
  readonly clock: FakeClock;
  /** Where progress is saved; read it to check what a reload would find. */
  readonly storage: SyncStorageAdapter;
  /** Every event the engine emitted, in order. */
  readonly events: readonly GuidepostEvent<GuideId<D>>[];
  /** Every error reported (a missing target, a broken rule), in order. */
  readonly errors: readonly GuidepostError[];
  /** The provider over the kit's engine: `render(<App />, { wrapper: kit.Wrapper })`. */
  readonly Wrapper: (props: { readonly children?: ReactNode }) => ReactElement;
  /** Whether the guide shows now. */
  guideShown(id: GuideId<D>): boolean;
  /** Whether the tour shows now, at this step. */
  stepShown<G extends GuideId<D>>(id: G, step: StepId<D, G>): boolean;
  /** The ids of the guides showing now, in definition order. */
  shownGuides(): GuideId<D>[];
  /** Why a guide shows or not, one reason a line: for a failing assertion's message. */
  whyShown(id: GuideId<D>): string;
  /**
   * Without an argument: Next on the open tour (the same action as its Next button). With ms
   * or a duration (`'3d'`): moves the fake clock, firing schedules, snoozes and cooldowns on
   * the way.
   */
  advance(by?: number | DurationString): void;
  /** Records a usage event, as the app's `useTrack()` does. */
  track(event: EventName<D>, props?: Readonly<Record<string, unknown>>): void;
  /** Reports a new route, as the provider's `route` prop does. */
  navigate(route: string): void;
  /** The events of one name, typed. */
  eventsNamed<N extends GuidepostEvent['name']>(
    name: N,
  ): Extract<GuidepostEvent<GuideId<D>>, { name: N }>[];
  /** Stops the engine and puts back anything the kit changed (the fake layout). */
  destroy(): void;
}

const act = (work: () => void): void => {
  // `act` from 'react' is in React 18.3 and 19; read lazily so the kit loads without it.
  const reactAct = (React as { act?: (callback: () => void) => void }).act;
  if (typeof reactAct === 'function' && isActEnvironment()) reactAct(work);
  else work();
};

function isActEnvironment(): boolean {
  return (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true;
}

/**
 * Creates what a test of an app's guides needs: an engine for the definition on a fake clock
 * and in-memory storage (seeded from a persona), a `Wrapper` that provides it to the app, the
 * events it emits, and queries and actions typed by the definition's guide, step and event
 * names. Actions run inside React's `act`, so what they change is rendered when they return.
 * It works with Vitest and Jest, and with Testing Library's `render` through `Wrapper` (or with
 * `renderWithGuidepost`, which needs no Testing Library).
 *
 * @example
 * const kit = createGuidepostTestKit(definition, {
 *   persona: buildPersona(definition, { segments: ['trial', 'newUser'] }),
 * });
 * render(<App />, { wrapper: kit.Wrapper });
 * expect(kit.stepShown('welcome', 'projects')).toBe(true);
 * kit.advance();
 * expect(kit.stepShown('welcome', 'create')).toBe(true);
 */
export function createGuidepostTestKit<D extends GuidepostDefinition>(
  definition: D,
  options: GuidepostTestKitOptions<D> = {},
): GuidepostTestKit<D> {
  const { persona } = options;
  const clock = createFakeClock(options.now ?? persona?.now ?? Date.now());
  const storage = memoryAdapter(
    persona === undefined ? [] : [personaSnapshot(definition, persona)],
  );
  const events: GuidepostEvent<GuideId<D>>[] = [];
  const errors: GuidepostError[] = [];
  const engine = createGuidepost(definition, {
    user: persona?.user ?? options.user ?? { id: 'test-user' },
    storage,
    now: clock.now,
    scheduler: clock.scheduler,
    locks: null,
    interruptions: options.interruptions ?? { gap: 0 },
    onEvent: (event) => events.push(event),
    onError: (error) => errors.push(error),
    ...(options.route === undefined ? {} : { route: options.route }),
  });
  const restoreLayout = (options.fakeLayout ?? hasNoLayout()) ? fakeLayout() : () => undefined;
  const guides = () =>
    engine.getState().guides as Record<string, { open: boolean; stepId?: string }>;

  const shownGuides = () =>
    definition.guideIds.filter((id) => guides()[id]?.open === true) as GuideId<D>[];

  function Wrapper({ children }: { readonly children?: ReactNode }): ReactElement {
    return <GuidepostProvider guidepost={engine}>{children}</GuidepostProvider>;
  }

  return {
    engine,
    clock,
    storage,
    events,
    errors,
    Wrapper,
    guideShown: (id) => guides()[id]?.open === true,
    stepShown: (id, step) => {
      const guide = guides()[id];
      return guide?.open === true && guide.stepId === step;
    },
    shownGuides,
    whyShown(id) {
      const guide = guides()[id];
      if (guide?.open === true) {
        return guide.stepId === undefined ? `${id} shows` : `${id} shows step '${guide.stepId}'`;
      }
      const explanation = engine.explain(id);
      if (explanation.eligible) return `${id} is eligible and waits for its turn`;
      return [
        `${id} is not shown:`,
        ...explanation.reasons.map((reason) => `  - ${reason.message}`),
      ].join('\n');
    },
    advance(by) {
      if (by !== undefined) {
        act(() => clock.advance(by));
        return;
      }
      const state = engine.getState();
      const tours = definition.guideIds.filter(
        (id) => definition.guides[id]?.kind === 'tour' && guides()[id]?.open === true,
      ) as GuideId<D>[];
      // The modal tour first, as its Next button would be the one in front.
      const tour = tours.find((id) => state.modal.includes(id)) ?? tours[0];
      if (tour === undefined) {
        throw new Error(
          `advance(): no tour is open to move on (showing: ${shownGuides().join(', ') || 'nothing'}); give a duration to move the clock`,
        );
      }
      act(() => engine.next(tour));
    },
    track: (event, props) => act(() => engine.track(event, props)),
    navigate: (route) => act(() => engine.setRoute(route)),
    eventsNamed: (name) =>
      events.filter((event) => event.name === name) as Extract<
        GuidepostEvent<GuideId<D>>,
        { name: typeof name }
      >[],
    destroy() {
      engine.destroy();
      restoreLayout();
    },
  };
}
