/**
 * Wraps an event handler so the consumer's runs first and ours only if the consumer did not
 * call `preventDefault()`.
 *
 * @example
 * <button onClick={composeEventHandlers(props.onClick, () => close())} />
 */
export function composeEventHandlers<E extends { readonly defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
