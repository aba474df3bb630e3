import type { ButtonHTMLAttributes, Ref } from 'react';
import { Slot } from './slot';
import { withRef } from './with-ref';

/** Props every button part takes. */
export interface SurfaceButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Render the only child instead of a `<button>`, with the part's props and behaviour merged
   * in (a link, a design-system button). @default false
   */
  readonly asChild?: boolean;
  readonly ref?: Ref<HTMLButtonElement>;
}

/**
 * A `<button type="button">`, or with `asChild` its child, carrying the part's props.
 *
 * @example
 * <SurfaceButton onClick={close} aria-label="Close">×</SurfaceButton>
 */
export const SurfaceButton = withRef(function SurfaceButton({
  asChild = false,
  ref,
  ...props
}: SurfaceButtonProps) {
  if (asChild) return <Slot {...props} ref={ref as Ref<HTMLElement>} />;
  return <button type="button" {...props} ref={ref} />;
});
