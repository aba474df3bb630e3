import { contentToText } from '../content/content-to-text';
import { Panel, type PanelProps } from '../parts/panel';
import { withRef } from '../parts/with-ref';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';

/** Props of {@link ChecklistPanel}. */
export type ChecklistPanelProps = PanelProps;

/**
 * The checklist itself. Floating (the default), it is a non-modal dialog over the page's
 * corner, named by `ChecklistTitle`: it takes focus when the launcher opens it, never traps
 * it, and Escape collapses it and returns focus to the launcher. With `inline` on the root it
 * is a labelled region in place, always expanded. It plays its enter and exit animations
 * (none when the user prefers reduced motion). State shows as `data-state` and `data-mode`.
 *
 * @example
 * <ChecklistPanel><ChecklistTitle /><ChecklistProgress /><ChecklistItems /></ChecklistPanel>
 */
export const ChecklistPanel = withRef(function ChecklistPanel({
  className,
  'aria-describedby': describedBy,
  ...props
}: ChecklistPanelProps) {
  const context = useChecklistContext('ChecklistPanel');
  const { inline, checklist } = context;
  const describedByIds = [context.hasDescription ? context.descriptionId : undefined, describedBy]
    .filter(Boolean)
    .join(' ');
  return (
    <Panel
      {...props}
      panel={context}
      shown={context.visible && context.open}
      launcherRef={context.triggerRef}
      floating={!inline}
      titleId={context.hasTitle ? context.titleId : undefined}
      label={contentToText(checklist.checklist?.title) || context.labels.checklist}
      aria-describedby={describedByIds === '' ? undefined : describedByIds}
      data-complete={checklist.allDone ? '' : undefined}
      className={partClassName('panel', context, className)}
    />
  );
});
