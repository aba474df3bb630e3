import type { CenterArticle, Guidepost } from '@guidepost/core';
import type { RefObject } from 'react';
import type { Announcer } from '../dom/create-announcer';
import { createRootContext } from '../parts/create-root-context';
import type { PanelFields, RootContextFields } from '../parts/root-context-fields';
import type { GuideCenterClassNames } from './guide-center-class-names';
import type { GuideCenterLabels } from './guide-center-labels';
import type { UseGuideCenterResult } from './use-guide-center';

/** What `GuideCenter.Root` gives every part, and custom parts through {@link useGuideCenterContext}. */
export interface GuideCenterContextValue
  extends RootContextFields<GuideCenterClassNames, GuideCenterLabels>, PanelFields {
  readonly engine: Guidepost;
  /** What the center shows this user, as {@link useGuideCenter} returns it. */
  readonly center: UseGuideCenterResult<Guidepost['definition']>;
  /** The language articles, dates and search read in. */
  readonly locale: string;
  /** What the user typed in the search field. */
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The articles that match `query`, best first (every article when it is empty). */
  readonly results: readonly CenterArticle[];
  /** Sends the result counts to the center's polite live region. */
  readonly announcer: Announcer;
  /** The launcher, where focus goes back when the panel closes. */
  readonly launcherRef: RefObject<HTMLElement | null>;
  /** The search field, which takes focus when the panel opens. */
  readonly searchRef: RefObject<HTMLInputElement | null>;
}

const guideCenterRootContext = createRootContext<GuideCenterContextValue>(
  'GuideCenterRoot',
  'useGuideCenterContext',
);

/** The context of a `GuideCenter.Root`; `null` outside one. */
export const GuideCenterContext = guideCenterRootContext[0];

/**
 * The context of the enclosing `GuideCenter.Root`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function UnreadDot() {
 *   const { center } = useGuideCenterContext();
 *   return center.unread > 0 ? <span className="dot" /> : null;
 * }
 */
export const useGuideCenterContext = guideCenterRootContext[1];
