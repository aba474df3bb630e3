import { useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Props of {@link Portal}. */
export interface PortalProps {
  /** Where to render. @default document.body */
  readonly container?: HTMLElement | null | undefined;
  readonly children?: ReactNode;
}

const subscribeNothing = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

/**
 * Renders `children` at the end of `container` (or `document.body`), outside the app's layout
 * and stacking contexts, inside one `<div data-guidepost-portal>` of their own. Nothing is
 * rendered on the server or while hydrating, so the markup always matches. A new container
 * moves the children there (they mount anew).
 *
 * @example
 * <Portal><div role="dialog">…</div></Portal>
 */
export function Portal({ container, children }: PortalProps) {
  const isClient = useSyncExternalStore(subscribeNothing, onClient, onServer);
  if (!isClient) return null;
  return createPortal(<div data-guidepost-portal="">{children}</div>, container ?? document.body);
}
