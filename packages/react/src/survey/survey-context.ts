import type { GuideCloseReason, SurveyAnswerValue, SurveyGuide } from '@guidepost/core';
import { createContext, useContext } from 'react';
import type { SurveyClassNames } from './survey-class-names';
import type { SurveyLabels } from './survey-labels';

/**
 * Where a survey stands on screen: `asking` while the question shows, `thanks` once the answer
 * is recorded (the engine has completed the survey; the thank-you stays until it is closed).
 */
export type SurveyPhase = 'asking' | 'thanks';

/** What `SurveyRoot` gives every part, and custom parts through {@link useSurveyContext}. */
export interface SurveyContextValue {
  readonly guideId: string;
  /** The survey's definition; `undefined` for an id that names no survey. */
  readonly survey: SurveyGuide | undefined;
  /** The survey shows: asked by the engine, or thanking the user. */
  readonly open: boolean;
  /** The parts are rendered: open, or playing their exit. */
  readonly mounted: boolean;
  /** `open` while shown, `closed` while the exit plays. */
  readonly dataState: 'open' | 'closed';
  readonly phase: SurveyPhase;
  /** The answer being chosen or typed, not yet sent. */
  readonly draft: SurveyAnswerValue | undefined;
  readonly setDraft: (value: SurveyAnswerValue | undefined) => void;
  /** Whether the draft is an answer the question takes (a score, an option, 1 to max characters). */
  readonly canSubmit: boolean;
  /** Sends the draft to the engine (`answer`); returns whether it was recorded. */
  readonly submit: () => boolean;
  /**
   * Closes the survey: unanswered, for now (Close, Escape), as other pop-ups close; answered,
   * it only hides the thank-you.
   */
  readonly close: (reason: GuideCloseReason) => void;
  readonly labels: SurveyLabels;
  readonly unstyled: boolean;
  readonly classNames: SurveyClassNames;
  readonly titleId: string;
  /** The question's id: it labels the answers, and names the dialog when there is no title. */
  readonly questionId: string;
  readonly hasTitle: boolean;
  readonly setHasTitle: (present: boolean) => void;
  /** Parts register the exit animations the dialog waits for before it unmounts. */
  readonly registerExit: (exit: () => Promise<void>) => () => void;
  /** Reports a link in the survey's text that is not safe to render. */
  readonly reportUnsafeLink: (href: string) => void;
}

/** The survey context; `null` outside a `SurveyRoot`. */
export const SurveyContext = createContext<SurveyContextValue | null>(null);

/**
 * The context of the enclosing `SurveyRoot`, for custom parts. Throws, naming both, when used
 * outside one.
 *
 * @param part The name of the calling part, for the error message.
 * @example
 * function Score() {
 *   const { draft } = useSurveyContext();
 *   return <output>{draft}</output>;
 * }
 */
export function useSurveyContext(part = 'useSurveyContext'): SurveyContextValue {
  const context = useContext(SurveyContext);
  if (context === null) throw new Error(`\`${part}\` must be used within \`SurveyRoot\``);
  return context;
}
