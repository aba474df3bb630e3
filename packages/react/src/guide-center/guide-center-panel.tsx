import { Panel, type PanelProps } from '../parts/panel';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of {@link GuideCenterPanel}. */
export type GuideCenterPanelProps = PanelProps;

/**
 * The guide center itself: a non-modal dialog over the page's inline-start bottom corner, named
 * by `GuideCenter.Title` (else by the "Help" label). Opened from the launcher it moves focus to
 * the search field (else to itself) and never traps it; Escape collapses it and focus returns
 * to the launcher. It plays its enter and exit animations (none when the user prefers reduced
 * motion). State shows as `data-state`, and `data-mode="floating"` as on a floating checklist.
 *
 * @example
 * <GuideCenter.Panel><GuideCenter.Title /><GuideCenter.Search /><GuideCenter.Articles /></GuideCenter.Panel>
 */
export const GuideCenterPanel = withRef(function GuideCenterPanel({
  className,
  ...props
}: GuideCenterPanelProps) {
  const context = useGuideCenterContext('GuideCenterPanel');
  return (
    <Panel
      {...props}
      panel={context}
      shown={context.open}
      launcherRef={context.launcherRef}
      initialFocusRef={context.searchRef}
      titleId={context.hasTitle ? context.titleId : undefined}
      label={context.labels.guideCenter}
      className={partClassName('panel', context, className)}
    />
  );
});
