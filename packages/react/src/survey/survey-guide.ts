import type { GuidepostDefinition, SurveyGuide } from '@guidepost/core';

/** The survey `id` names in a definition, or `undefined` when it is not a survey. */
export function surveyGuide(definition: GuidepostDefinition, id: string): SurveyGuide | undefined {
  const guide = Object.hasOwn(definition.guides, id) ? definition.guides[id] : undefined;
  return guide?.kind === 'survey' ? guide : undefined;
}
