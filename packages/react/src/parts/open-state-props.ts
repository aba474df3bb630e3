/**
 * The open state a root with a panel or a pop-up takes: controlled by `open`, or uncontrolled
 * from `defaultOpen`; `onOpenChange` hears every request to open or close either way.
 */
export interface OpenStateProps<
  OnOpenChange extends (open: boolean, ...why: never[]) => void = (open: boolean) => void,
> {
  /** Whether it is open (controlled). */
  readonly open?: boolean;
  /** Whether it starts open (uncontrolled). @default false */
  readonly defaultOpen?: boolean;
  /** Called when the user asks to open or close it. */
  readonly onOpenChange?: OnOpenChange;
}
