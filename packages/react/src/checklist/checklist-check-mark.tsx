/**
 * The item's state as a shape, not only a colour: a ticked circle when done, an empty ring
 * when not. Decorative: the state is also given as text.
 */
export function ChecklistCheckMark({ done }: { readonly done: boolean }) {
  return (
    <svg
      className="gp-checklist-check"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-state={done ? 'checked' : 'unchecked'}
    >
      <circle cx="10" cy="10" r="8.25" />
      {done ? <path d="M6 10.5 8.75 13.25 14 7.5" /> : null}
    </svg>
  );
}
