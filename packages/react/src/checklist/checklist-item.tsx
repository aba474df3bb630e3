import { isSafeHref } from '@guidepost/core';
import { useEffect, useId, type LiHTMLAttributes, type ReactNode, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { ChecklistCheckMark } from './checklist-check-mark';
import { partClassName } from './checklist-class-names';
import { useChecklistContext, type ChecklistContextValue } from './checklist-context';
import type { ChecklistLabels } from './checklist-labels';
import type { ChecklistItemState } from './use-checklist';
import { VISUALLY_HIDDEN } from '../a11y/visually-hidden';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistItem}. */
export interface ChecklistItemProps extends LiHTMLAttributes<HTMLLIElement> {
  /** Which item of the checklist to render. */
  readonly itemId: string;
  /** Replaces the item's label inside its control. */
  readonly children?: ReactNode;
  readonly ref?: Ref<HTMLLIElement>;
}

const ACTION_CLASS = 'gp-checklist-item-action';

/** "Done:" or "To do:", heard before the label but not seen. */
function StatePrefix({
  id,
  done,
  labels,
}: {
  readonly id: string;
  readonly done: boolean;
  readonly labels: ChecklistLabels;
}) {
  return (
    <span id={id} className="gp-visually-hidden" style={VISUALLY_HIDDEN}>
      {`${done ? labels.checklistItemDone : labels.checklistItemToDo}: `}
    </span>
  );
}

function ItemControl({
  state,
  context,
  label: visibleLabel,
  describedBy,
}: {
  readonly state: ChecklistItemState;
  readonly context: ChecklistContextValue;
  readonly label: ReactNode;
  readonly describedBy: string | undefined;
}) {
  const { checklist, inline, setOpen, triggerRef } = context;
  const className = context.unstyled ? undefined : ACTION_CLASS;
  const stateId = useId();
  const labelId = useId();
  // A checkbox says its state through `aria-checked`. A button or link says it in its name,
  // "To do: Take the tour", so a screen reader moving from control to control hears it too:
  // named by the two parts, which a name taken from the content would run together.
  const label =
    state.action === 'manual' ? (
      visibleLabel
    ) : (
      <>
        <StatePrefix id={stateId} done={state.done} labels={context.labels} />
        <span id={labelId}>{visibleLabel}</span>
      </>
    );
  const labelledBy = `${stateId} ${labelId}`;
  if (state.action === 'manual') {
    return (
      <button
        type="button"
        role="checkbox"
        aria-checked={state.done}
        aria-disabled={state.done ? true : undefined}
        aria-describedby={describedBy}
        className={className}
        onClick={() => {
          if (!state.done) checklist.completeItem(state.id);
        }}
      >
        {label}
      </button>
    );
  }
  if (state.action === 'guide') {
    const start = () => {
      const trigger = triggerRef.current;
      // The guide needs the screen: the floating list steps aside, and focus waits on the
      // launcher so it comes back there when the guide ends.
      if (!inline && trigger !== null) {
        trigger.focus({ preventScroll: true });
        setOpen(false);
      }
      checklist.startItem(state.id);
    };
    return (
      <button
        type="button"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className={className}
        onClick={start}
      >
        {label}
      </button>
    );
  }
  if (state.action === 'auto' || state.href === undefined) {
    return <span className={className}>{label}</span>;
  }
  return (
    <a
      href={state.href}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className}
      onClick={() => checklist.followItem(state.id)}
    >
      {label}
    </a>
  );
}

/**
 * One item as a list entry whose state shows as a shape and as text, never by colour alone
 * (`data-state="completed"` or `"pending"`), and is part of each control's accessible name
 * ("To do: Take the tour"; a hand-ticked item is a checkbox with `aria-checked`). Items with `startGuide` are buttons that start
 * that guide; items with a safe `href` are links (an unsafe one is shown as text and
 * reported); items that tick themselves on an event or a guide are text; the others are
 * checkboxes the user ticks by hand. Renders nothing for an item this user does not see.
 *
 * @example
 * <ChecklistItem itemId="invite" />
 */
export const ChecklistItem = withRef(function ChecklistItem({
  itemId,
  className,
  children,
  ...props
}: ChecklistItemProps) {
  const context = useChecklistContext('ChecklistItem');
  const { reportUnsafeLink } = context;
  const state = context.checklist.items.find((item) => item.id === itemId);
  const descriptionId = useId();
  const rawHref = state?.item.href;
  useEffect(() => {
    if (rawHref !== undefined && !isSafeHref(rawHref)) reportUnsafeLink(rawHref);
  }, [rawHref, reportUnsafeLink]);
  if (state === undefined) return null;

  const description = state.item.description;
  const describedBy = description === undefined ? undefined : descriptionId;
  const label = children ?? state.item.label;
  return (
    <li
      {...props}
      data-state={state.done ? 'completed' : 'pending'}
      data-action={state.action}
      className={partClassName('item', context, className)}
    >
      <ChecklistCheckMark done={state.done} />
      <div className={context.unstyled ? undefined : 'gp-checklist-item-body'}>
        <ItemControl state={state} context={context} label={label} describedBy={describedBy} />
        {description === undefined ? null : (
          <div
            id={descriptionId}
            className={context.unstyled ? undefined : 'gp-checklist-item-description'}
          >
            <RichContent content={description} onUnsafeLink={reportUnsafeLink} />
          </div>
        )}
      </div>
    </li>
  );
});
