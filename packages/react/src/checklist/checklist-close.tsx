import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../tour/slot';
import { ChecklistButton, type ChecklistButtonProps } from './checklist-button';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';

/** Props of {@link ChecklistClose}. */
export type ChecklistCloseProps = ChecklistButtonProps;

/**
 * A visible, labelled button that collapses the floating panel (touch screen readers have no
 * Escape key); focus returns to the launcher. The checklist itself stays; once complete,
 * collapsing it ends the celebration. Renders nothing for an `inline` checklist. Your
 * `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <ChecklistClose />
 */
export function ChecklistClose({ onClick, className, children, ...props }: ChecklistCloseProps) {
  const context = useChecklistContext('ChecklistClose');
  const { setOpen, celebrating, finish, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (celebrating) finish();
    else setOpen(false);
  });
  if (context.inline) return null;
  // Given content names the button itself; the default × needs a label.
  const labelled = children === undefined;
  return (
    <ChecklistButton
      aria-label={labelled ? labels.close : undefined}
      data-variant="ghost"
      {...props}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </ChecklistButton>
  );
}
