import { useCallback, useId, useState } from 'react';
import type { PanelFields } from './root-context-fields';

/** The open state a root takes: controlled (`open`) or uncontrolled (`defaultOpen`). */
export interface PanelStateOptions {
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
}

/**
 * A panel's open state, controlled or not (`onOpenChange` hears every request either way), its
 * id, and whether it is in the page.
 *
 * @example
 * const panel = usePanelState({ open, defaultOpen, onOpenChange });
 * <button aria-expanded={panel.open} onClick={() => panel.setOpen(!panel.open)} />
 */
export function usePanelState({
  open,
  defaultOpen = false,
  onOpenChange,
}: PanelStateOptions): PanelFields {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const setOpen = useCallback(
    (next: boolean) => {
      if (open === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [open, onOpenChange],
  );
  const [hasPanel, setHasPanel] = useState(false);
  const panelId = `${useId()}panel`;
  return { open: open ?? uncontrolledOpen, setOpen, panelId, hasPanel, setHasPanel };
}
