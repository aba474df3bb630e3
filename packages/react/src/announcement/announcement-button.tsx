import type { ButtonHTMLAttributes, Ref } from 'react';
import { Slot } from '../tour/slot';

/** Props every button part of the announcement takes. */
export interface AnnouncementButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Render the only child instead of a `<button>`, with the part's props and behaviour merged
   * in (a design-system button). @default false
   */
  readonly asChild?: boolean;
  readonly ref?: Ref<HTMLButtonElement>;
}

/** A `<button type="button">`, or with `asChild` its child, carrying the part's props. */
export function AnnouncementButton({ asChild = false, ref, ...props }: AnnouncementButtonProps) {
  if (asChild) return <Slot {...props} ref={ref as Ref<HTMLElement>} />;
  return <button type="button" {...props} ref={ref} />;
}
