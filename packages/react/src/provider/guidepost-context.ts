'use client';
import type { Guidepost, GuidepostDefinition, GuideScrollMargin } from '@guidepost/core';
import { createContext, useContext } from 'react';
import type { RegisteredDefinition } from '../register/register';

/** What a `GuidepostProvider` gives the components and hooks under it. */
export interface GuidepostContextValue {
  /** The engine every hook reads and acts on; its clock is the only one. */
  readonly guidepost: Guidepost;
  /** The provider's latest `scrollMargin`, under every tour's and step's own. */
  readonly scrollMargin?: () => GuideScrollMargin | undefined;
}

/** The context of the nearest `GuidepostProvider`; `null` outside one. */
export const GuidepostContext = createContext<GuidepostContextValue | null>(null);

/**
 * The nearest provider's context. Throws, naming the caller and the provider, outside one.
 *
 * @param caller The name of the calling hook or component, for the error message.
 * @example
 * const { guidepost } = useGuidepostContext('useTour');
 */
export function useGuidepostContext(caller = 'useGuidepost'): GuidepostContextValue {
  const context = useContext(GuidepostContext);
  if (context === null) throw new Error(`\`${caller}\` must be used within \`GuidepostProvider\``);
  return context;
}

/**
 * The engine of the nearest `GuidepostProvider`, typed by the definition it runs. The same
 * object for the provider's whole life, so it is safe in effect dependencies.
 *
 * @example
 * function CreateProjectButton() {
 *   const guidepost = useGuidepost<typeof definition>();
 *   return <button onClick={() => guidepost.track('project_created')}>Create</button>;
 * }
 */
export function useGuidepost<D extends GuidepostDefinition = RegisteredDefinition>(): Guidepost<D> {
  return useGuidepostContext('useGuidepost').guidepost as unknown as Guidepost<D>;
}
