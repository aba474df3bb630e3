import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import type { SurfaceButtonProps } from '../parts/surface-button';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of {@link GuideCenterClose}. */
export type GuideCenterCloseProps = SurfaceButtonProps;

/**
 * The panel's visible close button (touch screen readers have no Escape key): collapses the
 * panel, and focus returns to the launcher. Your `onClick` runs first and may
 * `preventDefault()`.
 *
 * @example
 * <GuideCenter.Close />
 */
export const GuideCenterClose = withRef(function GuideCenterClose({
  onClick,
  className,
  ...props
}: GuideCenterCloseProps) {
  const context = useGuideCenterContext('GuideCenterClose');
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    context.setOpen(false),
  );
  return (
    <SurfaceCloseButton
      closeLabel={context.labels.close}
      {...props}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    />
  );
});
