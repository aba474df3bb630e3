'use client';
import type {
  Guidepost,
  GuidepostDefinition,
  GuideScrollMargin,
  UserAttributes,
} from '@guidepost/core';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { isSameValue } from '../parts/is-same-value';
import { TargetingContext } from '../targeting/targeting-context';
import { engineTargetingSource } from './engine-targeting-source';
import { GuidepostContext, type GuidepostContextValue } from './guidepost-context';

/** What every provider takes besides its engine or definition. */
export interface GuidepostProviderBaseProps {
  /**
   * The current user. A change of value (id or any attribute, not a new object with the same
   * values) calls `identify`, which re-evaluates every guide and, for a new id, loads that
   * user's progress.
   */
  readonly user?: UserAttributes;
  /**
   * The app's current route: pass the router's pathname and every change calls `setRoute`,
   * which advances steps waiting for it (`advanceOn.route`), fires route triggers, and shows
   * the steps of a multi-route tour that live on it (`TourStep.route`). A step with a `route`
   * waits, showing nothing and looking for no target, until a matching route is reported; steps
   * without one show on any route. An engine the provider creates starts on the first value
   * (it fires route triggers but moves no step on: that takes a navigation); an engine of your
   * own is told it when it stands elsewhere. Leaving the prop out reports nothing.
   *
   * @example
   * // React Router: rendered inside the router
   * import { useLocation } from 'react-router';
   * function Guidance({ children }: { children: ReactNode }) {
   *   const { pathname } = useLocation();
   *   return (
   *     <GuidepostProvider definition={definition} user={user} route={pathname}>
   *       {children}
   *       <Tour id="welcome" />
   *     </GuidepostProvider>
   *   );
   * }
   * @example
   * // Next.js App Router: a client component in the root layout
   * 'use client';
   * import { usePathname } from 'next/navigation';
   * export function Guidance({ children }: { children: ReactNode }) {
   *   const pathname = usePathname();
   *   return (
   *     <GuidepostProvider definition={definition} user={user} route={pathname}>
   *       {children}
   *       <Tour id="welcome" />
   *     </GuidepostProvider>
   *   );
   * }
   */
  readonly route?: string;
  /**
   * Space kept free around every tour target scrolled into view, in px: one number, or per
   * side (`{ top: 64 }` under a sticky header). A `Tour`'s and a step's own `scrollMargin` win,
   * side by side. Sides nobody sets keep clear of the fixed or sticky headers and footers found
   * at the top and bottom of the viewport.
   */
  readonly scrollMargin?: GuideScrollMargin;
  /** The app; every hook and component under it reads this provider's engine. */
  readonly children?: ReactNode;
}

/** Props of {@link GuidepostEngineProvider}: an engine the app created and owns. */
export interface GuidepostEngineProviderProps<
  D extends GuidepostDefinition = GuidepostDefinition,
> extends GuidepostProviderBaseProps {
  /**
   * The engine; the provider mounts it while mounted (see `mount()`) and never destroys it.
   * Hooks judge time rules by its clock.
   */
  readonly guidepost: Guidepost<D>;
}

// Layout effects warn on the server in older React; nothing needs them there.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Gives its children an engine the app created, and nothing else: it holds no reference to
 * `createGuidepost`, so an app that builds a lean engine (`createGuidepostEngine` from
 * `@guidepost/core/engine` with only the plugins it needs) bundles neither the full preset nor
 * its rule kinds. It mounts the engine (`mount()`) while mounted, as TanStack Query's provider
 * mounts its client, and never destroys it; `user` and `route` reach the engine as in
 * `GuidepostProvider`, which is this provider over an engine it creates from a definition.
 *
 * @example
 * import { createGuidepostEngine, localStoragePersistence } from '@guidepost/core/engine';
 * const guidepost = createGuidepostEngine(definition, {
 *   plugins: [localStoragePersistence()],
 *   lazy: true,
 * });
 * <GuidepostEngineProvider guidepost={guidepost} user={{ id: user.id }}>
 *   <App />
 *   <Tour id="welcome" />
 * </GuidepostEngineProvider>
 */
export function GuidepostEngineProvider<D extends GuidepostDefinition>(
  props: GuidepostEngineProviderProps<D>,
): ReactElement {
  const { user, route, children } = props;
  const guidepost = props.guidepost as unknown as Guidepost;
  const scrollMargin = useRef(props.scrollMargin);
  useClientLayoutEffect(() => {
    scrollMargin.current = props.scrollMargin;
  });

  useEffect(() => guidepost.mount(), [guidepost]);

  useEffect(() => {
    if (user !== undefined && !isSameValue(guidepost.getState().user, user)) {
      guidepost.identify(user);
    }
  }, [guidepost, user]);

  // After `mount`, so an engine created with this route starts on it and is not told it twice.
  useEffect(() => {
    if (route !== undefined && guidepost.getState().route !== route) guidepost.setRoute(route);
  }, [guidepost, route]);

  const value = useMemo<GuidepostContextValue>(
    () => ({ guidepost, scrollMargin: () => scrollMargin.current }),
    [guidepost],
  );
  const targeting = useMemo(() => engineTargetingSource(guidepost), [guidepost]);
  return (
    <GuidepostContext.Provider value={value}>
      <TargetingContext.Provider value={targeting}>{children}</TargetingContext.Provider>
    </GuidepostContext.Provider>
  );
}
