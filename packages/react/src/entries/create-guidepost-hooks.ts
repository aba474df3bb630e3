import type {
  AnchorName,
  ChecklistItemId,
  Guidepost,
  GuideId,
  GuideIdOfKind,
  GuidepostDefinition,
  GuideView,
  SegmentName,
  TouchTier,
} from '@guidepost/core';
import { useAnnouncement, type UseAnnouncementResult } from '../announcement/use-announcement';
import { useChecklist, type UseChecklistResult } from '../checklist/use-checklist';
import { useGuidepost } from '../provider/guidepost-context';
import { useSurvey, type UseSurveyResult } from '../survey/use-survey';
import { useTooltip, type UseTooltipResult } from '../tooltip/use-tooltip';
import { useGuide } from '../hooks/use-guide';
import { useSegment } from '../hooks/use-segment';
import { useTargeting, type RuleOf } from '../hooks/use-targeting';
import { useTouchTier } from '../hooks/use-touch-tier';
import { useTour, type UseTourResult } from '../hooks/use-tour';
import { useTrack, type TrackFunction } from '../hooks/use-track';
import { useAnchor } from '../hooks/use-anchor';

/** The hooks typed by one definition: a misspelt guide, tour, segment or event does not compile. */
export interface GuidepostHooks<D extends GuidepostDefinition> {
  readonly useGuidepost: () => Guidepost<D>;
  readonly useGuide: (id: GuideId<D>) => GuideView<GuideId<D>> | undefined;
  readonly useTour: <T extends GuideIdOfKind<D, 'tour'>>(id: T) => UseTourResult<D, T>;
  /** A hint of the definition: only tooltip ids compile. */
  readonly useTooltip: (id: GuideIdOfKind<D, 'tooltip'>) => UseTooltipResult<GuideId<D>>;
  /** A checklist of the definition, its item ids typed: only checklist ids compile. */
  readonly useChecklist: <C extends GuideIdOfKind<D, 'checklist'>>(
    id: C,
  ) => UseChecklistResult<ChecklistItemId<D, C & GuideId<D>>>;
  /** An announcement of the definition: only announcement ids compile. */
  readonly useAnnouncement: (id: GuideIdOfKind<D, 'announcement'>) => UseAnnouncementResult;
  /** A survey of the definition: only survey ids compile. */
  readonly useSurvey: (id: GuideIdOfKind<D, 'survey'>) => UseSurveyResult;
  readonly useSegment: (name: SegmentName<D>) => boolean;
  readonly useTargeting: (rule: RuleOf<D>) => boolean;
  readonly useTouchTier: () => TouchTier;
  readonly useTrack: () => TrackFunction<D>;
  /** Makes an element an anchor of the definition: only names its guides use compile. */
  readonly useAnchor: <T extends Element = HTMLElement>(
    name: AnchorName<D>,
  ) => (element: T | null) => void;
}

const hooks = {
  useGuidepost,
  useGuide,
  useTour,
  useTooltip,
  useChecklist,
  useAnnouncement,
  useSurvey,
  useSegment,
  useTargeting,
  useTouchTier,
  useTrack,
  useAnchor,
};

/**
 * The hooks, typed by a definition once for the whole app. They are the same functions as the
 * plain exports (which take the definition as a type argument instead, or the one registered
 * through `Register`), so this costs nothing at run time. Registering the definition types the
 * components too; this factory needs no declaration merging.
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
  return hooks as unknown as GuidepostHooks<D>;
}
