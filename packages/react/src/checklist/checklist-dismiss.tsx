import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceButton } from '../parts/surface-button';
import type { ChecklistButtonProps } from './checklist-button';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistDismiss}. */
export type ChecklistDismissProps = ChecklistButtonProps;

/**
 * Dismisses the whole checklist for good: the engine stores it, so it stays dismissed for
 * this user on later visits. Once the list is complete it says Close and ends the
 * celebration instead. Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <ChecklistDismiss />
 */
export const ChecklistDismiss = withRef(function ChecklistDismiss({
  onClick,
  className,
  children,
  ...props
}: ChecklistDismissProps) {
  const context = useChecklistContext('ChecklistDismiss');
  const { celebrating, finish, checklist, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => {
    if (celebrating) finish();
    else checklist.dismiss();
  });
  return (
    <SurfaceButton
      data-variant="ghost"
      {...props}
      className={partClassName('dismiss', context, className)}
      onClick={handleClick}
    >
      {children ?? (celebrating ? labels.close : labels.checklistDismiss)}
    </SurfaceButton>
  );
});
