import { useMemo, type ReactNode } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import type { SurfaceValue } from '../parts/surface-context';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';

/** The shared parts as the tour names them: `Tour.Title`, `Tour.Description`, `Tour.Media`, `Tour.Close`. */
export const tourParts = createSurfaceParts({
  root: 'TourRoot',
  title: 'TourTitle',
  body: 'TourDescription',
  media: 'TourMedia',
  close: 'TourClose',
});

/** Gives the shared parts the current step: its content, and × as the tour's dismissal. */
export function TourPartsProvider({ children }: { readonly children?: ReactNode }) {
  const context = useTourContext('TourRoot');
  const { step, labels, unstyled, classNames, titleId, descriptionId, dismiss } = context;
  const { setHasTitle, setHasDescription, reportUnsafeLink } = context;
  const surface = useMemo<SurfaceValue>(
    () => ({
      title: step?.title,
      body: step?.body,
      media: step?.media,
      titleAs: 'h2',
      playsInline: false,
      titleId,
      bodyId: descriptionId,
      setHasTitle,
      setHasBody: setHasDescription,
      reportUnsafeLink,
      partClassName: (part, className) =>
        partClassName(part === 'body' ? 'description' : part, { unstyled, classNames }, className),
      closeLabel: labels.close,
      close: () => dismiss('close'),
    }),
    [
      step,
      labels,
      unstyled,
      classNames,
      titleId,
      descriptionId,
      dismiss,
      setHasTitle,
      setHasDescription,
      reportUnsafeLink,
    ],
  );
  return <tourParts.Provider value={surface}>{children}</tourParts.Provider>;
}
