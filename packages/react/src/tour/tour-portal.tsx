import { useState, type ReactNode } from 'react';
import { AnchoredPortal } from '../parts/anchored-portal';
import { useTourContext } from './tour-context';

/** Props of {@link TourPortal}. */
export interface TourPortalProps {
  /**
   * Where to render. By default `document.body`, or the open native `<dialog>` (or popover)
   * that contains the step's target, so the step shares its top layer.
   */
  readonly container?: HTMLElement | null;
  readonly children?: ReactNode;
}

/**
 * Renders the tour's overlay and step outside the app's layout, only while the tour is shown
 * and only in the browser: one portal, also under StrictMode. Its parts mount once the first
 * step is ready to show (its target found, or none needed), so a tour that opens mounts them
 * once, already against their target, instead of mounting them hidden and rendering them all
 * again a moment later; a later step that waits for its target keeps them mounted and hidden.
 *
 * @example
 * <TourPortal><TourOverlay /><TourContent>…</TourContent></TourPortal>
 */
export function TourPortal({ container, children }: TourPortalProps) {
  const { mounted, target, ready } = useTourContext('TourPortal');
  const [shown, setShown] = useState(false);
  if (mounted && ready && !shown) setShown(true);
  if (!mounted && shown) setShown(false);
  return (
    <AnchoredPortal mounted={mounted && (shown || ready)} target={target} container={container}>
      {children}
    </AnchoredPortal>
  );
}
