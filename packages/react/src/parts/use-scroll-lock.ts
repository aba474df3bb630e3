import { useLayoutEffect } from 'react';
import { lockBodyScroll } from '../dom/lock-body-scroll';

/**
 * Locks the page's scrolling while `enabled` (see {@link lockBodyScroll}), and releases it
 * when disabled or unmounted. Before paint, so the page never scrolls under an open modal.
 *
 * @example
 * function Dialog({ open }: { open: boolean }) {
 *   useScrollLock(open);
 *   return open ? <div role="dialog" aria-modal="true">…</div> : null;
 * }
 */
export function useScrollLock(enabled: boolean): void {
  useLayoutEffect(() => (enabled ? lockBodyScroll() : undefined), [enabled]);
}
