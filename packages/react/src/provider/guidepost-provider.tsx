'use client';
import type {
  CreateGuidepostOptions,
  DefinitionIssue,
  Guidepost,
  GuidepostDefinition,
  GuidepostError,
  GuidepostEvent,
  GuidepostEventListener,
  GuideId,
  InterruptionBudget,
  StorageAdapter,
} from '@guidepost/core';
import { pageModalChannel } from '@guidepost/core';
import { createGuidepost } from '@guidepost/core';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactElement } from 'react';
import {
  GuidepostEngineProvider,
  type GuidepostProviderBaseProps,
} from './guidepost-engine-provider';

/** Props of a provider over an engine the app created and owns. */
export interface GuidepostProviderEngineProps<
  D extends GuidepostDefinition,
> extends GuidepostProviderBaseProps {
  /**
   * The engine; the provider mounts it while mounted (see `mount()`) and never destroys it.
   * Hooks judge time rules by its clock.
   */
  readonly guidepost: Guidepost<D>;
  readonly now?: never;
  readonly definition?: never;
  readonly storage?: never;
  readonly onEvent?: never;
  readonly onError?: never;
}

/** Props of a provider that creates the engine from a definition and owns it. */
export interface GuidepostProviderDefinitionProps<
  D extends GuidepostDefinition,
> extends GuidepostProviderBaseProps {
  /** The guides; a new definition object starts a new engine. */
  readonly definition: D;
  /** Where progress is saved; read when the engine starts. @default localStorageAdapter() */
  readonly storage?: StorageAdapter;
  /** Receives every event (a listener or a list); the latest prop is called. */
  readonly onEvent?:
    GuidepostEventListener<GuideId<D>> | readonly GuidepostEventListener<GuideId<D>>[];
  /** Receives every error; the latest prop is called. @default console.warn */
  readonly onError?: (error: GuidepostError) => void;
  /**
   * The engine's clock, in epoch ms, read when the engine starts; hooks judge time rules by it
   * too. @default Date.now
   */
  readonly now?: () => number;
  /**
   * How often tours and announcements may interrupt on their own: the least gap after one
   * closes (`0` for none) and caps per session and per day; read when the engine starts.
   * @default { gap: '3m', perSession: 3, perDay: 5 }
   */
  readonly interruptions?: InterruptionBudget;
  /**
   * What `parseGuidepost` found wrong in a definition from a server: each guide it dropped is
   * reported once, through `onError` and a `guide_error` event, when the engine starts.
   */
  readonly issues?: readonly DefinitionIssue[];
  readonly guidepost?: never;
}

/** Props of {@link GuidepostProvider}: an engine, or a definition to create one from. */
export type GuidepostProviderProps<D extends GuidepostDefinition = GuidepostDefinition> =
  GuidepostProviderEngineProps<D> | GuidepostProviderDefinitionProps<D>;

// Layout effects warn on the server in older React; nothing needs them there.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function forward(listeners: GuidepostProviderProps['onEvent'], event: GuidepostEvent): void {
  if (listeners === undefined) return;
  if (typeof listeners === 'function') {
    listeners(event);
    return;
  }
  // Each listener hears the event even when one before it throws; the engine reports the throw.
  let failure: { cause: unknown } | undefined;
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (cause) {
      failure ??= { cause };
    }
  }
  if (failure !== undefined) throw failure.cause;
}

/**
 * Gives its children one Guidepost engine: the app's own (`guidepost`), or one it creates,
 * `lazy`, from `definition` (a new definition object, a new engine). Either way the provider
 * only mounts it (`mount()`) while mounted, as TanStack Query's provider mounts its client:
 * the engine starts once under StrictMode's mount, unmount and mount, and stops its timers,
 * storage and claims after the provider unmounts. Nothing touches `window` or `document` while
 * rendering; on the server and during hydration every guide reads as the engine's server
 * snapshot (not open), and persisted progress applies right after hydration. Providers side
 * by side each keep their own engine. Importing it bundles `createGuidepost` (every plugin and
 * rule kind); an app with a lean engine of its own renders `GuidepostEngineProvider` instead.
 *
 * @example
 * <GuidepostProvider definition={definition} user={{ id: user.id, plan: user.plan }}>
 *   <App />
 *   <Tour id="welcome" />
 * </GuidepostProvider>
 */
export function GuidepostProvider<D extends GuidepostDefinition>(
  props: GuidepostProviderProps<D>,
): ReactElement {
  const latest = useRef(props as unknown as GuidepostProviderProps);
  useClientLayoutEffect(() => {
    latest.current = props as unknown as GuidepostProviderProps;
  });

  const {
    definition,
    guidepost: given,
    user,
    route,
    scrollMargin,
    children,
  } = props as unknown as GuidepostProviderProps;
  // A lazy engine does nothing until mounted, so creating it while rendering is free of
  // effects, and one a render throws away is simply dropped.
  const owned = useMemo(
    () =>
      definition === undefined || given !== undefined
        ? undefined
        : createGuidepost(definition, { ...engineOptions(latest), lazy: true }),
    [definition, given],
  );
  const guidepost = given ?? owned;
  if (guidepost === undefined) {
    throw new Error('`GuidepostProvider` needs a `guidepost` or a `definition`');
  }
  return (
    <GuidepostEngineProvider
      guidepost={guidepost}
      {...(user === undefined ? {} : { user })}
      {...(route === undefined ? {} : { route })}
      {...(scrollMargin === undefined ? {} : { scrollMargin })}
    >
      {children}
    </GuidepostEngineProvider>
  );
}

/** The engine's options: the latest props, with callbacks that call the latest props. */
function engineOptions(latest: {
  readonly current: GuidepostProviderProps;
}): CreateGuidepostOptions {
  const props = latest.current;
  const current = () => latest.current;
  return {
    ...(props.user === undefined ? {} : { user: props.user }),
    ...(props.storage === undefined ? {} : { storage: props.storage }),
    ...(props.route === undefined ? {} : { route: props.route }),
    onEvent: (event) => forward(current().onEvent, event),
    onError: (error) => (current().onError ?? console.warn)(error),
    ...(props.now === undefined ? {} : { now: props.now }),
    ...('interruptions' in props && props.interruptions !== undefined
      ? { interruptions: props.interruptions }
      : {}),
    ...('issues' in props && props.issues !== undefined ? { issues: props.issues } : {}),
    // Providers on one page take turns to show a modal guide, whichever copy of the package
    // each was bundled with.
    ...modalChannelOption(),
  };
}

function modalChannelOption(): Pick<CreateGuidepostOptions, 'modalChannel'> {
  const channel = pageModalChannel();
  return channel === undefined ? {} : { modalChannel: channel };
}
