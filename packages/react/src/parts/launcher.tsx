import type { RefObject } from 'react';
import { ActionButton } from './action-button';
import type { SurfaceButtonProps } from './surface-button';
import type { PanelFields } from './root-context-fields';
import { withRef } from './with-ref';

/** Props of {@link Launcher}: a button's, and the panel it opens. */
export interface LauncherProps extends SurfaceButtonProps {
  readonly panel: PanelFields;
  /** Where focus goes back when the panel closes. */
  readonly launcherRef: RefObject<HTMLElement | null>;
}

/**
 * The button that expands and collapses a panel, with `aria-expanded`, `data-state` and, while
 * the panel is in the page, `aria-controls`. Your `onClick` runs first and may
 * `preventDefault()`.
 *
 * @example
 * <Launcher panel={context} launcherRef={context.launcherRef} className="gp-launcher">Help</Launcher>
 */
export const Launcher = withRef(function Launcher({ panel, launcherRef, ...props }: LauncherProps) {
  const { open, setOpen, hasPanel, panelId } = panel;
  return (
    <ActionButton
      {...props}
      elementRef={launcherRef}
      action={() => setOpen(!open)}
      aria-expanded={open}
      aria-controls={open && hasPanel ? panelId : undefined}
      data-state={open ? 'open' : 'closed'}
    />
  );
});
