import { useMemo } from 'react';
import { createClosePart, createSurfaceContext, createTitlePart } from '../parts/surface-parts';
import {
  useSurfaceValue,
  type PartsProviderProps,
  type SurfaceKindFields,
} from '../parts/use-surface-value';
import { partClassName } from './survey-class-names';
import { SurveyContext, type SurveyContextValue } from './survey-context';

const surveySurface = createSurfaceContext('SurveyRoot');

/**
 * The shared parts the survey shows: `Survey.Title` and `Survey.Close`. It has no body or media
 * part (the question and its answers say what it asks), and leaves them out of its bundle.
 */
export const surveyParts = {
  Title: createTitlePart(surveySurface.useSurface, 'SurveyTitle'),
  Close: createClosePart(surveySurface.useSurface, 'SurveyClose'),
};

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
      // Only the title and the × are shown: no class of a body or media part to add.
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
      <surveySurface.Provider value={surface}>{children}</surveySurface.Provider>
    </SurveyContext.Provider>
  );
}
