'use client';
import type {
  GuideCloseReason,
  GuideIdOfKind,
  GuidepostDefinition,
  GuideView,
  StartOptions,
  SurveyAnswerValue,
  SurveyGuide,
} from '@guidepost/core';
import { useMemo } from 'react';
import { useGuideOfKind } from '../hooks/use-guide-of-kind';
import type { RegisteredDefinition } from '../register/register';
import { surveyGuide } from './survey-guide';

/** What {@link useSurvey} returns: the survey, whether it shows, and its actions. */
export interface UseSurveyResult {
  /** The guide as the engine shows it; `undefined` for an id the definition does not hold. */
  readonly view: GuideView | undefined;
  /** The survey's definition. */
  readonly survey: SurveyGuide | undefined;
  /** The engine asks it now (it holds the modal channel). */
  readonly open: boolean;
  /** Answered in this version (the engine completed it). */
  readonly answered: boolean;
  /**
   * Sends an answer (`survey_answered`, the attribute saved, the survey completed); returns
   * whether it was recorded.
   */
  readonly answer: (value: SurveyAnswerValue) => boolean;
  /** Closes it unanswered, for now, as other pop-ups close. @default reason 'close' */
  readonly close: (reason?: GuideCloseReason) => void;
  /** Asks the engine to show it now; returns whether it opened. */
  readonly start: (options?: StartOptions) => boolean;
}

/**
 * One survey and its actions, for a survey with a look of its own. The engine decides when it
 * shows (audience, schedule, frequency, the interruption budget and the modal channel) and
 * records the answer; this hook reads that and binds the actions.
 *
 * @example
 * function Nps() {
 *   const { open, survey, answer, close } = useSurvey('nps-2026');
 *   if (!open || survey === undefined) return null;
 *   return <MyScale onPick={(score) => answer(score)} onClose={() => close()} />;
 * }
 */
export function useSurvey<D extends GuidepostDefinition = RegisteredDefinition>(
  id: GuideIdOfKind<D, 'survey'>,
): UseSurveyResult {
  const { guidepost, view, guide: survey } = useGuideOfKind(id, surveyGuide, 'useSurvey');
  return useMemo(
    () => ({
      view,
      survey,
      open: view?.open === true,
      answered: view?.status === 'completed',
      answer: (value) => guidepost.answer(id, value),
      close: (reason = 'close') => guidepost.close(id, reason),
      start: (options) => guidepost.start(id, options),
    }),
    [guidepost, id, view, survey],
  );
}
