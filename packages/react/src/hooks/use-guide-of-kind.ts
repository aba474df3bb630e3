'use client';
import type { Guidepost, GuideId, GuidepostDefinition, GuideView } from '@guidepost/core';
import { useGuidepostContext } from '../provider/guidepost-context';
import { useGuide } from './use-guide';

/** What {@link useGuideOfKind} gives a kind's hook to bind its actions to. */
export interface GuideOfKind<Guide, D extends GuidepostDefinition = GuidepostDefinition> {
  readonly guidepost: Guidepost;
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView<GuideId<D>> | undefined;
  /** Its definition, or `undefined` where `id` names no guide of the kind. */
  readonly guide: Guide | undefined;
}

/**
 * The engine, the engine's view of one guide, and its definition read as one kind: what every
 * kind's hook (`useTour`, `useChecklist`, `useAnnouncement`, `useSurvey`, `useTooltip`) starts from. Throws, naming
 * `hook`, outside a `GuidepostProvider`.
 *
 * @param guideOf Reads the guide of the kind from the definition (`surveyGuide`…).
 * @param hook The calling hook's name, for the error message.
 * @typeParam D The definition the view's guide ids are typed by, for a hook generic over it.
 * @example
 * const { guidepost, view, guide } = useGuideOfKind(id, surveyGuide, 'useSurvey');
 */
export function useGuideOfKind<Guide, D extends GuidepostDefinition = GuidepostDefinition>(
  id: string,
  guideOf: (definition: GuidepostDefinition, id: string) => Guide | undefined,
  hook: string,
): GuideOfKind<Guide, D> {
  const { guidepost } = useGuidepostContext(hook);
  const view = useGuide<D>(id as GuideId<D>);
  return { guidepost, view, guide: guideOf(guidepost.definition, id) };
}
