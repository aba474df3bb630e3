import { useCallback, type MouseEvent, type Ref } from 'react';
import { contentToText } from '../content/content-to-text';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { SurfaceButton } from '../parts/surface-button';
import type { ChecklistButtonProps } from './checklist-button';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

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
  onClick,
  className,
  children,
  ref,
  ...props
}: ChecklistTriggerProps) {
  const context = useChecklistContext('ChecklistTrigger');
  const { open, setOpen, triggerRef, checklist, progressText, hasPanel, panelId } = context;
  const setRef = useCallback(
    (element: HTMLButtonElement | null) =>
      composeRefs<HTMLElement>(ref as Ref<HTMLElement>, triggerRef)(element),
    [ref, triggerRef],
  );
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    setOpen(!open),
  );
  if (!context.visible || context.inline) return null;
  const title = contentToText(checklist.checklist?.title) || context.labels.checklist;
  return (
    <SurfaceButton
      {...props}
      ref={setRef}
      aria-expanded={open}
      aria-controls={open && hasPanel ? panelId : undefined}
      data-state={open ? 'open' : 'closed'}
      data-complete={checklist.allDone ? '' : undefined}
      className={partClassName('trigger', context, className)}
      onClick={handleClick}
    >
      {children ?? (
        <>
          <span className="gp-checklist-trigger-title">{title}</span>
          <span className="gp-checklist-trigger-progress">{progressText}</span>
        </>
      )}
    </SurfaceButton>
  );
});
