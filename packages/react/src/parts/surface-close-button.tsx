import { SurfaceButton, type SurfaceButtonProps } from './surface-button';
import { withRef } from './with-ref';

/** Props of {@link SurfaceCloseButton}. */
export interface SurfaceCloseButtonProps extends SurfaceButtonProps {
  /** The accessible name of the default ×; given children name the button themselves. */
  readonly closeLabel: string;
}

/**
 * A surface's visible close button (touch screen readers have no Escape key): a × named by
 * `closeLabel`, or the given children. Props given after the defaults replace them.
 *
 * @example
 * <SurfaceCloseButton closeLabel={labels.close} onClick={close} />
 */
export const SurfaceCloseButton = withRef(function SurfaceCloseButton({
  closeLabel,
  children,
  ...props
}: SurfaceCloseButtonProps) {
  return (
    <SurfaceButton
      aria-label={children === undefined ? closeLabel : undefined}
      data-variant="ghost"
      {...props}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </SurfaceButton>
  );
});
