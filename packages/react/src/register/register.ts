import type { GuidepostDefinition } from '@guidepost/core';

/**
 * Where an app registers its definition, once, so that every component and hook of
 * `@guidepost/react` checks guide ids, segment names and event names without a type argument.
 * Empty until an app merges its definition into it; the components and hooks then take the
 * registered names by default, and an explicit type argument still wins.
 *
 * @example
 * // guidepost.ts
 * export const definition = defineGuidepost({ ... });
 *
 * declare module '@guidepost/react' {
 *   interface Register {
 *     definition: typeof definition;
 *   }
 * }
 *
 * // anywhere
 * <Tour id="welcom" />; // type error: not a tour of the definition
 */
// An interface, not a type, because only an interface merges with the app's declaration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Register {}

/**
 * The definition registered through {@link Register}, or `GuidepostDefinition` (every name a
 * string) when none is, so an app that does not register compiles as before. A registered
 * `definition` that is not a definition (the engine rather than `typeof definition`, say)
 * gives `never`, so every name fails to compile instead of silently being any string.
 */
export type RegisteredDefinition = Register extends { readonly definition: infer D }
  ? D extends GuidepostDefinition
    ? D
    : never
  : GuidepostDefinition;
