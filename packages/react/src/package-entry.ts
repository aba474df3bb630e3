// The package's entry as built: everything from the client module (`./index`, which starts
// with 'use client' and is built as its own file), plus `createGuidepostHooks` defined here and
// `anchor` from a module without the directive, both outside it. A Server Component may call
// `anchor()`, and import a module that calls `createGuidepostHooks()` (the definition module of docs/getting-started.md, which docs/ssr.md's server-side targeting
// imports): on the server each hook is a client reference, which is only passed along here,
// never called.
import type { GuidepostDefinition } from '@guidepost/core';
import type { GuidepostHooks } from './entries/create-guidepost-hooks';
import * as client from './index';

export * from './index';
// Named here, it wins over the client module's export of the same function.
export { anchor } from './register/anchor';

/**
 * The hooks, typed by a definition once for the whole app. They are the same functions as the
 * plain exports (which take the definition as a type argument instead, or the one registered
 * through `Register`), so this costs nothing at run time, and it may be called in a module
 * that Server Components import too. Registering the definition types the components too;
 * this factory needs no declaration merging.
 *
 * @example
 * // guidepost.ts
 * export const definition = defineGuidepost({ ... });
 * export const { useTour, useChecklist, useSegment, useTrack } =
 *   createGuidepostHooks<typeof definition>();
 *
 * // anywhere
 * useTour('welcom'); // type error: not a tour of the definition
 * useChecklist('welcome'); // type error: a tour, not a checklist
 */
export function createGuidepostHooks<D extends GuidepostDefinition>(): GuidepostHooks<D> {
  const hooks = {
    useGuidepost: client.useGuidepost,
    useGuide: client.useGuide,
    useTour: client.useTour,
    useTooltip: client.useTooltip,
    useChecklist: client.useChecklist,
    useAnnouncement: client.useAnnouncement,
    useSegment: client.useSegment,
    useTargeting: client.useTargeting,
    useTouchTier: client.useTouchTier,
    useTrack: client.useTrack,
    useAnchor: client.useAnchor,
  };
  return hooks as unknown as GuidepostHooks<D>;
}
