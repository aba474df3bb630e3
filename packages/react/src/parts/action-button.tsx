import { useCallback, type MouseEvent, type Ref } from 'react';
import { composeEventHandlers } from './compose-event-handlers';
import { composeRefs } from './compose-refs';
import { SurfaceButton, type SurfaceButtonProps } from './surface-button';
import { withRef } from './with-ref';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends SurfaceButtonProps {
  /** What a click does: the engine action (or panel toggle) the part dispatches. */
  readonly action: () => void;
  /** The kind's own ref to the element (where focus returns, or goes on each step). */
  readonly elementRef?: Ref<HTMLElement> | undefined;
}

/**
 * A button part that dispatches one action: the consumer's `onClick` runs first and may
 * `preventDefault()` it, and the element reaches both the consumer's `ref` and the kind's own.
 *
 * @example
 * <ActionButton action={next} elementRef={primary} className="gp-button">Next</ActionButton>
 */
export const ActionButton = withRef(function ActionButton({
  action,
  elementRef,
  onClick,
  ref,
  ...props
}: ActionButtonProps) {
  const setRef = useCallback(
    (element: HTMLButtonElement | null) =>
      composeRefs<HTMLElement>(ref as Ref<HTMLElement>, elementRef)(element),
    [ref, elementRef],
  );
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () => action());
  return <SurfaceButton {...props} ref={setRef} onClick={handleClick} />;
});
