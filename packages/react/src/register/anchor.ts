// No 'use client': `anchor()` is a plain function that Server Components call too, so this
// module stays outside the client module (the build leaves it without the directive).
import type { AnchorName, GuidepostDefinition } from '@guidepost/core';
import type { RegisteredDefinition } from './register';

/** The props that make an element the anchor `N`: spread them on the element. */
export interface AnchorProps<N extends string = string> {
  readonly 'data-guidepost': N;
}

/**
 * The props that make an element the anchor `name`, for markup that has no ref to give (a
 * Server Component, a component that does not forward refs). With a definition registered, only
 * anchor names its guides target (or its `anchors` list declares) compile.
 *
 * @example
 * <button type="button" {...anchor('new-project')}>New project</button>
 */
export function anchor<D extends GuidepostDefinition = RegisteredDefinition>(
  name: AnchorName<D>,
): AnchorProps<AnchorName<D>> {
  // The attribute `dom/anchor-selector` finds anchors by, written out so that this module
  // imports nothing of the client module.
  return { 'data-guidepost': name };
}
