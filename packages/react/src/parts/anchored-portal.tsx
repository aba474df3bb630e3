import { useState, type ReactNode } from 'react';
import { Portal } from './portal';
import { topLayerContainer } from './top-layer-container';

/** Props of {@link AnchoredPortal}. */
export interface AnchoredPortalProps {
  /** Whether the surface is shown (open or still running its exit). */
  readonly mounted: boolean;
  /** The element the surface is anchored to, when it is on the page. */
  readonly target: Element | null;
  /** Where to render; by default the top layer holding the target, else `document.body`. */
  readonly container?: HTMLElement | null | undefined;
  readonly children?: ReactNode;
}

/**
 * Renders an anchored surface outside the app's layout (see {@link Portal}), into the open
 * native `<dialog>` (or popover) that holds its target when there is one, so the surface shares
 * that top layer; only while mounted and only in the browser. Tour steps and hints share it.
 */
export function AnchoredPortal({ mounted, target, container, children }: AnchoredPortalProps) {
  // Kept while the target is briefly gone, so the surface is not torn down and rebuilt elsewhere.
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  const found = target === null ? layer : topLayerContainer(target);
  if (found !== layer) setLayer(found);
  if (!mounted) return null;
  return <Portal container={container === undefined ? found : container}>{children}</Portal>;
}
