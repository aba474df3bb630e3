import type { FloatingContext, OpenChangeReason, ReferenceType } from '@floating-ui/react';

/**
 * A floating-ui context that reports open and close requests (from `useHover`, or the focus
 * manager closing on focus out) to `onOpenChange`, with `open` as the hint has it. The
 * original handler still runs first, so floating-ui's own bookkeeping (the open event, the
 * `openchange` emitter) stays intact. With `invoker`, that element stands for the reference
 * in focus handling (a beacon: Tab out of the hint goes to what follows it), while the
 * position still follows the target.
 */
export function withOpenChange(
  context: FloatingContext<ReferenceType>,
  open: boolean,
  onOpenChange: (open: boolean, reason: OpenChangeReason | undefined) => void,
  invoker: Element | null = null,
): FloatingContext<ReferenceType> {
  return {
    ...context,
    ...(invoker === null ? {} : { elements: { ...context.elements, domReference: invoker } }),
    open,
    onOpenChange(next, event, reason) {
      context.onOpenChange(next, event, reason);
      onOpenChange(next, reason);
    },
  };
}
