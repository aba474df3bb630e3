import { useCallback, type ReactNode } from 'react';
import { createSurfaceParts } from '../parts/surface-parts';
import { useRootSurfaceValue } from '../parts/use-surface-value';
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
  const { step, dismiss } = context;
  const close = useCallback(() => dismiss('close'), [dismiss]);
  const surface = useRootSurfaceValue(context, partClassName, {
    title: step?.title,
    body: step?.body,
    media: step?.media,
    close,
  });
  return <tourParts.Provider value={surface}>{children}</tourParts.Provider>;
}
