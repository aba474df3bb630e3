import { useCallback, useId, useState } from 'react';

/**
 * What a root with a launcher and a panel (a checklist, the guide center) gives both: whether
 * the panel is expanded, and the id the launcher's `aria-controls` points at while the panel
 * is in the page.
 */
export interface PanelFields {
  /** The panel is expanded. */
  readonly open: boolean;
  /** Asks to expand or collapse the panel (the root's `onOpenChange` hears it). */
  readonly setOpen: (open: boolean) => void;
  /** The panel's id, which the launcher's `aria-controls` points at. */
  readonly panelId: string;
  /** The panel part renders, so the launcher can point `aria-controls` at it. */
  readonly hasPanel: boolean;
  /** Called by the panel while it renders. */
  readonly setHasPanel: (present: boolean) => void;
}

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
