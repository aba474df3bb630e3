import { useMemo } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import {
  useSurfaceValue,
  type PartsProviderProps,
  type SurfaceKindFields,
} from '../parts/use-surface-value';
import { partClassName } from './survey-class-names';
import { SurveyContext, type SurveyContextValue } from './survey-context';

/** The shared parts as the survey names them: `Survey.Title`, `Survey.Close`. */
export const surveyParts = createSurfaceParts({
  root: 'SurveyRoot',
  title: 'SurveyTitle',
  body: 'SurveyBody',
  media: 'SurveyMedia',
  close: 'SurveyClose',
});

/** A survey has no body part: the question and its answers say what it asks. */
const NO_BODY = { bodyId: '', setHasBody: () => undefined };

/**
 * Gives the parts the root's context, and the shared parts the survey's title (an `<h2>` that names
 * the dialog; without one the question names it). Unanswered, × closes the survey for now as other
 * pop-ups close (with the default `once`, it is not asked again); answered, it hides the thank-you.
 */
export function SurveyPartsProvider({
  value: context,
  children,
}: PartsProviderProps<SurveyContextValue>) {
  const { survey, open, close, labels, unstyled, classNames } = context;
  const kind = useMemo<SurfaceKindFields>(
    () => ({
      title: survey?.title,
      body: undefined,
      media: undefined,
      titleAs: 'h2',
      playsInline: true,
      // The survey has no media or body part.
      partClassName: (part, className) =>
        part === 'title' || part === 'close'
          ? partClassName(part, { unstyled, classNames }, className)
          : className,
      closeLabel: labels.close,
      close: () => {
        if (open) close('close');
      },
    }),
    [survey, open, close, labels, unstyled, classNames],
  );
  const surface = useSurfaceValue({ ...context, ...NO_BODY }, kind);
  return (
    <SurveyContext.Provider value={context}>
      <surveyParts.Provider value={surface}>{children}</surveyParts.Provider>
    </SurveyContext.Provider>
  );
}
