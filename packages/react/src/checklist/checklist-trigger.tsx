import { contentToText } from '../content/content-to-text';
import { Launcher } from '../parts/launcher';
import { withRef } from '../parts/with-ref';
import type { ChecklistButtonProps } from './checklist-button';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';

/** Props of {@link ChecklistTrigger}. */
export type ChecklistTriggerProps = ChecklistButtonProps;

/**
 * The launcher: a button that expands and collapses the floating panel, showing the
 * checklist's title and progress ("Get started 2 of 5 done"), with `aria-expanded` and, while
 * the panel is in the page, `aria-controls`. Renders nothing for an `inline` checklist or
 * while the checklist does not show. Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <ChecklistTrigger />
 * <ChecklistTrigger asChild><MyFab /></ChecklistTrigger>
 */
export const ChecklistTrigger = withRef(function ChecklistTrigger({
  className,
  children,
  ...props
}: ChecklistTriggerProps) {
  const context = useChecklistContext('ChecklistTrigger');
  const { checklist } = context;
  if (!context.visible || context.inline) return null;
  const title = contentToText(checklist.checklist?.title) || context.labels.checklist;
  return (
    <Launcher
      {...props}
      panel={context}
      launcherRef={context.triggerRef}
      data-complete={checklist.allDone ? '' : undefined}
      className={partClassName('trigger', context, className)}
    >
      {children ?? (
        <>
          <span className="gp-checklist-trigger-title">{title}</span>
          <span className="gp-checklist-trigger-progress">{context.progressText}</span>
        </>
      )}
    </Launcher>
  );
});
