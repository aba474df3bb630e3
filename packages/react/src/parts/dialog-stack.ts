/** The open modal dialogs of the page, oldest first. */
const stack: HTMLElement[] = [];

/** Counts a dialog as open until the returned function is called. */
export function pushDialog(dialog: HTMLElement): () => void {
  stack.push(dialog);
  return () => {
    const at = stack.lastIndexOf(dialog);
    if (at !== -1) stack.splice(at, 1);
  };
}

/**
 * Whether a key pressed on `target` is for `dialog`: it was pressed inside it, or outside every
 * open dialog (focus lost to the page) while `dialog` is the top-most one.
 */
export function isKeyForDialog(dialog: HTMLElement, target: EventTarget | null): boolean {
  const node = target instanceof Node ? target : null;
  if (node !== null && dialog.contains(node)) return true;
  if (node !== null && stack.some((open) => open.contains(node))) return false;
  return stack[stack.length - 1] === dialog;
}
