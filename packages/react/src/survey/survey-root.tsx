'use client';
import {
  GuidepostError,
  readSurveyAnswer,
  type GuideCloseReason,
  type GuideIdOfKind,
  type GuidepostDefinition,
  type SurveyAnswerValue,
} from '@guidepost/core';
import { useCallback, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useIsClient } from '../parts/use-is-client';
import { useModalPresence } from '../parts/use-modal-presence';
import type { SurfaceRootProps } from '../parts/surface-root-props';
import { useSurfaceSettings } from '../parts/use-surface-settings';
import { useGuidepost } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';
import type { SurveyClassNames } from './survey-class-names';
import type { SurveyContextValue } from './survey-context';
import { surveyLabelsFor, type SurveyLabels } from './survey-labels';
import { SurveyPartsProvider } from './survey-parts';
import { useSurvey } from './use-survey';

/**
 * Props of {@link SurveyRoot}. With the definition registered (see `Register`), or its type
 * passed (`<SurveyRoot<typeof definition> id>`), a misspelt survey id does not compile.
 */
export interface SurveyRootProps<
  D extends GuidepostDefinition = RegisteredDefinition,
> extends SurfaceRootProps<SurveyClassNames> {
  /** The survey to show. */
  readonly id: GuideIdOfKind<D, 'survey'>;
  /** Called when the dialog opens and when it closes. */
  readonly onOpenChange?: (open: boolean) => void;
  /** Overrides for any label (Send, the scale's ends, the thank-you…). */
  readonly labels?: Partial<SurveyLabels>;
}

/**
 * The root of a survey: renders no element of its own. The engine decides when it asks
 * (audience, schedule, frequency, the interruption budget, and the modal channel, so never over
 * a tour or an announcement) and records the answer; the root keeps the answer being chosen,
 * sends it, and then shows the thank-you until the user closes it. Closing it unanswered closes
 * it for now, as other pop-ups close. Nothing is rendered on the server.
 *
 * @example
 * <SurveyRoot id="nps-2026">
 *   <SurveyPortal>
 *     <SurveyOverlay />
 *     <SurveyContent><SurveyQuestion /><SurveyAnswer /><SurveySubmit /><SurveyThanks /></SurveyContent>
 *   </SurveyPortal>
 * </SurveyRoot>
 */
export function SurveyRoot<D extends GuidepostDefinition = RegisteredDefinition>(
  props: SurveyRootProps<D>,
) {
  const { id, onOpenChange, children } = props;
  const { labels, unstyled, classNames } = useSurfaceSettings(props, surveyLabelsFor);
  const { survey, open: asked, answer, close: closeForNow } = useSurvey<D>(id);
  const isClient = useIsClient();
  const [thanking, setThanking] = useState(false);
  const [draft, setDraft] = useState<SurveyAnswerValue | undefined>(undefined);
  const engine = useGuidepost<GuidepostDefinition>();
  // The engine let the modal channel go when the answer came; should another pop-up take it
  // while the thank-you shows, the thank-you steps aside so two dialogs never show together.
  const othersModal = useStore(engine, (state) => state.modal.some((other) => other !== id));
  if (thanking && othersModal) setThanking(false);
  const { open, presence, registerExit } = useModalPresence(
    isClient && survey !== undefined && (asked || thanking),
    onOpenChange,
  );
  // A survey asked again (a new version, a reset) starts from no answer.
  if (!presence.mounted && !open && draft !== undefined) setDraft(undefined);

  const canSubmit =
    survey !== undefined &&
    draft !== undefined &&
    !('problem' in readSurveyAnswer(survey.question, draft));
  const submit = useCallback(() => {
    if (survey === undefined || draft === undefined) return false;
    // Set first: the engine closes the survey in the same update, and the thank-you keeps it.
    setThanking(true);
    const recorded = answer(draft);
    if (!recorded) setThanking(false);
    return recorded;
  }, [survey, draft, answer]);
  const close = useCallback(
    (reason: GuideCloseReason) => {
      if (thanking) setThanking(false);
      else closeForNow(reason);
    },
    [thanking, closeForNow],
  );

  const reported = useRef(new Set<string>());
  const reportUnsafeLink = useCallback(
    (href: string) => {
      if (reported.current.has(href)) return;
      reported.current.add(href);
      const message = `survey '${id}' has a link that is not safe: ${href}`;
      engine.reportError(new GuidepostError('unsafe_link', message, { guideId: id }));
    },
    [engine, id],
  );

  const baseId = useId();
  const [hasTitle, setHasTitle] = useState(false);
  const overlayElement = useRef<HTMLElement | null>(null);
  const value: SurveyContextValue = {
    guideId: id,
    survey,
    open,
    mounted: isClient && presence.mounted && survey !== undefined,
    dataState: presence.status === 'open' ? 'open' : 'closed',
    phase: thanking ? 'thanks' : 'asking',
    draft,
    setDraft,
    canSubmit,
    submit,
    close,
    labels,
    unstyled,
    classNames,
    titleId: `${baseId}title`,
    questionId: `${baseId}question`,
    hasTitle,
    setHasTitle,
    registerExit,
    overlayElement,
    reportUnsafeLink,
  };
  return <SurveyPartsProvider value={value}>{children}</SurveyPartsProvider>;
}
