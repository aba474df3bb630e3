import { useCallback, type MouseEvent, type Ref } from 'react';
import { formatLabel } from '../i18n/format-label';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { SurfaceButton, type SurfaceButtonProps } from '../parts/surface-button';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of {@link GuideCenterLauncher}. */
export type GuideCenterLauncherProps = SurfaceButtonProps;

/**
 * The launcher: a button that expands and collapses the panel, named "Help" and, while
 * announcements are unread, "Help, 2 new" (shown as a badge), with `aria-expanded` and, while
 * the panel is in the page, `aria-controls`. Your `onClick` runs first and may
 * `preventDefault()`.
 *
 * @example
 * <GuideCenter.Launcher />
 * <GuideCenter.Launcher asChild><MyHelpButton /></GuideCenter.Launcher>
 */
export const GuideCenterLauncher = withRef(function GuideCenterLauncher({
  onClick,
  className,
  children,
  ref,
  ...props
}: GuideCenterLauncherProps) {
  const context = useGuideCenterContext('GuideCenterLauncher');
  const { open, setOpen, launcherRef, labels, center, hasPanel, panelId } = context;
  const setRef = useCallback(
    (element: HTMLButtonElement | null) =>
      composeRefs<HTMLElement>(ref as Ref<HTMLElement>, launcherRef)(element),
    [ref, launcherRef],
  );
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    setOpen(!open),
  );
  const unread =
    center.unread > 0 ? formatLabel(labels.guideCenterUnread, { count: center.unread }) : '';
  return (
    <SurfaceButton
      {...props}
      ref={setRef}
      aria-expanded={open}
      aria-controls={open && hasPanel ? panelId : undefined}
      data-state={open ? 'open' : 'closed'}
      data-unread={center.unread > 0 ? '' : undefined}
      className={partClassName('launcher', context, className)}
      onClick={handleClick}
    >
      {children ?? (
        <>
          <span className="gp-center-launcher-label">{labels.guideCenter}</span>
          {unread === '' ? null : (
            <span className="gp-center-badge">
              <span className="gp-visually-hidden">, </span>
              {unread}
            </span>
          )}
        </>
      )}
    </SurfaceButton>
  );
});
