import { FloatingPortal } from '@floating-ui/react';
import { useState, type ReactNode } from 'react';
import { useTourContext } from './tour-context';
import { topLayerContainer } from './top-layer-container';

/** Props of {@link TourPortal}. */
export interface TourPortalProps {
  /**
   * Where to render. By default `document.body`, or the open native `<dialog>` (or popover)
   * that contains the step's target, so the step shares its top layer.
   */
  readonly container?: HTMLElement | null;
  readonly children?: ReactNode;
}

const keys = new WeakMap<HTMLElement, number>();
let lastKey = 0;

function keyOf(container: HTMLElement | null): string {
  if (container === null) return 'body';
  let key = keys.get(container);
  if (key === undefined) {
    lastKey += 1;
    key = lastKey;
    keys.set(container, key);
  }
  return `container-${key}`;
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
  // Kept while the target is briefly gone, so the step is not torn down and rebuilt elsewhere.
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  const found = target === null ? layer : topLayerContainer(target);
  if (found !== layer) setLayer(found);
  if (!mounted) return null;
  const root = container === undefined ? found : container;
  // FloatingPortal does not move once created: a new container needs a new portal.
  return (
    <FloatingPortal key={keyOf(root)} {...(root === null ? {} : { root })}>
      {children}
    </FloatingPortal>
  );
}
