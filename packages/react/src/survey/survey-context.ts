import type { SurveyAnswerValue, SurveyGuide } from '@guidepost/core';
import { createRootContext } from '../parts/create-root-context';
import type { ModalFields } from '../parts/modal-surface';
import type { RootContextFields } from '../parts/root-context-fields';
import type { SurveyClassNames } from './survey-class-names';
import type { SurveyLabels } from './survey-labels';

/**
 * Where a survey stands on screen: `asking` while the question shows, `thanks` once the answer
 * is recorded (the engine has completed the survey; the thank-you stays until it is closed).
 */
export type SurveyPhase = 'asking' | 'thanks';

/** What `SurveyRoot` gives every part, and custom parts through {@link useSurveyContext}. */
export interface SurveyContextValue
  extends RootContextFields<SurveyClassNames, SurveyLabels>, ModalFields {
  readonly guideId: string;
  /** The survey's definition; `undefined` for an id that names no survey. */
  readonly survey: SurveyGuide | undefined;
  readonly phase: SurveyPhase;
  /** The answer being chosen or typed, not yet sent. */
  readonly draft: SurveyAnswerValue | undefined;
  readonly setDraft: (value: SurveyAnswerValue | undefined) => void;
  /** Whether the draft is an answer the question takes (a score, an option, 1 to max characters). */
  readonly canSubmit: boolean;
  /** Sends the draft to the engine (`answer`); returns whether it was recorded. */
  readonly submit: () => boolean;
  /** The question's id: it labels the answers, and names the dialog when there is no title. */
  readonly questionId: string;
}

/**
 * `SurveyContext` (`null` outside a `SurveyRoot`) and `useSurveyContext`: the context of the
 * enclosing `SurveyRoot`, for custom parts. Throws, naming both, when used outside one. Its
 * `close` closes the survey: unanswered, for now (Close, Escape), as other pop-ups close;
 * answered, it only hides the thank-you.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function Score() {
 *   const { draft } = useSurveyContext();
 *   return <output>{draft}</output>;
 * }
 */
export const [SurveyContext, useSurveyContext] = createRootContext<SurveyContextValue>(
  'SurveyRoot',
  'useSurveyContext',
);
