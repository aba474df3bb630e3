import type { ReactNode } from 'react';
import { AnchoredPortal } from '../portal/anchored-portal';
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
 * Renders the tour's overlay and step outside the app's layout (through floating-ui's
 * `FloatingPortal`, which keeps a non-modal step in a sane Tab order), only while the tour is
 * shown and only in the browser: one portal, also under StrictMode.
 *
 * @example
 * <TourPortal><TourOverlay /><TourContent>…</TourContent></TourPortal>
 */
export function TourPortal({ container, children }: TourPortalProps) {
  const { mounted, target } = useTourContext('TourPortal');
  return (
    <AnchoredPortal mounted={mounted} target={target} container={container}>
      {children}
    </AnchoredPortal>
  );
}
