import { formatLabel } from '../i18n/format-label';
import { Launcher } from '../parts/launcher';
import type { SurfaceButtonProps } from '../parts/surface-button';
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
  className,
  children,
  ...props
}: GuideCenterLauncherProps) {
  const context = useGuideCenterContext('GuideCenterLauncher');
  const { labels, center } = context;
  const unread =
    center.unread > 0 ? formatLabel(labels.guideCenterUnread, { count: center.unread }) : '';
  return (
    <Launcher
      {...props}
      panel={context}
      launcherRef={context.launcherRef}
      data-unread={center.unread > 0 ? '' : undefined}
      className={partClassName('launcher', context, className)}
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
    </Launcher>
  );
});
