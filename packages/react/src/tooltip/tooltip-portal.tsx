import type { ReactNode } from 'react';
import { AnchoredPortal } from '../parts/anchored-portal';
import { useTooltipContext } from './tooltip-context';

/** Props of {@link TooltipPortal}. */
export interface TooltipPortalProps {
  /**
   * Where to render. By default `document.body`, or the open native `<dialog>` (or popover)
   * that contains the target, so the hint shares its top layer.
   */
  readonly container?: HTMLElement | null;
  readonly children?: ReactNode;
}

/**
 * Renders the hint outside the app's layout, only while it is open or closing and only in the
 * browser. A hint dialog still reads in the Tab order right after its beacon: `TooltipContent`
 * takes Tab from the beacon into it and out of its end to what follows the beacon.
 *
 * @example
 * <TooltipPortal><TooltipContent>…</TooltipContent></TooltipPortal>
 */
export function TooltipPortal({ container, children }: TooltipPortalProps) {
  const { mounted, target } = useTooltipContext('TooltipPortal');
  return (
    <AnchoredPortal mounted={mounted} target={target} container={container}>
      {children}
    </AnchoredPortal>
  );
}
