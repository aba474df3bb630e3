import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import type { ChecklistButtonProps } from './checklist-button';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

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
export const ChecklistClose = withRef(function ChecklistClose({
  onClick,
  className,
  children,
  ...props
}: ChecklistCloseProps) {
  const context = useChecklistContext('ChecklistClose');
  const { setOpen, celebrating, finish, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (celebrating) finish();
    else setOpen(false);
  });
  if (context.inline) return null;
  return (
    <SurfaceCloseButton
      {...props}
      closeLabel={labels.close}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children}
    </SurfaceCloseButton>
  );
});
