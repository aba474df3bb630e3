import type { CenterArticle, Guidepost } from '@guidepost/core';
import { createContext, useContext, type RefObject } from 'react';
import type { Announcer } from '../dom/create-announcer';
import type { GuideCenterClassNames } from './guide-center-class-names';
import type { GuideCenterLabels } from './guide-center-labels';
import type { UseGuideCenterResult } from './use-guide-center';

/** What `GuideCenter.Root` gives every part, and custom parts through {@link useGuideCenterContext}. */
export interface GuideCenterContextValue {
  readonly engine: Guidepost;
  /** What the center shows this user, as {@link useGuideCenter} returns it. */
  readonly center: UseGuideCenterResult<Guidepost['definition']>;
  /** The language articles, dates and search read in. */
  readonly locale: string;
  /** The panel is expanded. */
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** What the user typed in the search field. */
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The articles that match `query`, best first (every article when it is empty). */
  readonly results: readonly CenterArticle[];
  /** Sends the result counts to the center's polite live region. */
  readonly announcer: Announcer;
  readonly labels: GuideCenterLabels;
  readonly unstyled: boolean;
  readonly classNames: GuideCenterClassNames;
  readonly panelId: string;
  readonly titleId: string;
  readonly hasTitle: boolean;
  readonly hasPanel: boolean;
  /** Called by the title and the panel while they render. */
  readonly setHasTitle: (present: boolean) => void;
  readonly setHasPanel: (present: boolean) => void;
  /** The launcher, where focus goes back when the panel closes. */
  readonly launcherRef: RefObject<HTMLElement | null>;
  /** The search field, which takes focus when the panel opens. */
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Reports a link `isSafeHref` refused (once per link). */
  readonly reportUnsafeLink: (href: string) => void;
}

/** The guide center context; `null` outside a `GuideCenter.Root`. */
export const GuideCenterContext = createContext<GuideCenterContextValue | null>(null);

/**
 * The context of the enclosing `GuideCenter.Root`, for custom parts. Throws, naming both, when
 * used outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function UnreadDot() {
 *   const { center } = useGuideCenterContext();
 *   return center.unread > 0 ? <span className="dot" /> : null;
 * }
 */
export function useGuideCenterContext(part = 'useGuideCenterContext'): GuideCenterContextValue {
  const context = useContext(GuideCenterContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`GuideCenterRoot\``);
  return context;
}
