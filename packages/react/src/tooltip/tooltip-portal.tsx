import { FloatingPortal } from '@floating-ui/react';
import { useState, type ReactNode } from 'react';
import { topLayerContainer } from '../tour/top-layer-container';
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
 * Renders the hint outside the app's layout (floating-ui's `FloatingPortal`, which keeps a hint
 * dialog in a sane Tab order: out of its end to what follows the beacon), only while it is
 * open or closing and only in the browser.
 *
 * @example
 * <TooltipPortal><TooltipContent>…</TooltipContent></TooltipPortal>
 */
export function TooltipPortal({ container, children }: TooltipPortalProps) {
  const { mounted, target } = useTooltipContext('TooltipPortal');
  // Kept while the target is briefly gone, so the hint is not torn down and rebuilt elsewhere.
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  const found = target === null ? layer : topLayerContainer(target);
  if (found !== layer) setLayer(found);
  if (!mounted) return null;
  const root = container === undefined ? found : container;
  // FloatingPortal does not move once created: another container needs another portal.
  return (
    <FloatingPortal key={keyOf(root)} {...(root === null ? {} : { root })}>
      {children}
    </FloatingPortal>
  );
}
