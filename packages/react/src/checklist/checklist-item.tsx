import { isSafeHref } from '@guidepost/core';
import { useEffect, useId, type LiHTMLAttributes, type ReactNode, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { ChecklistCheckMark } from './checklist-check-mark';
import { partClassName } from './checklist-class-names';
import { useChecklistContext, type ChecklistContextValue } from './checklist-context';
import type { ChecklistItemState } from './use-checklist';
import { VISUALLY_HIDDEN } from './visually-hidden';
import { withRef } from '../primitives/with-ref';

/** Props of {@link ChecklistItem}. */
export interface ChecklistItemProps extends LiHTMLAttributes<HTMLLIElement> {
  /** Which item of the checklist to render. */
  readonly itemId: string;
  /** Replaces the item's label inside its control. */
  readonly children?: ReactNode;
  readonly ref?: Ref<HTMLLIElement>;
}

const ACTION_CLASS = 'gp-checklist-item-action';

function ItemControl({
  state,
  context,
  label,
  describedBy,
}: {
  readonly state: ChecklistItemState;
  readonly context: ChecklistContextValue;
  readonly label: ReactNode;
  readonly describedBy: string | undefined;
}) {
  const { checklist, inline, setOpen, triggerRef } = context;
  const className = context.unstyled ? undefined : ACTION_CLASS;
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
      <button type="button" aria-describedby={describedBy} className={className} onClick={start}>
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
 * (`data-state="completed"` or `"pending"`). Items with `startGuide` are buttons that start
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
  const { labels, reportUnsafeLink } = context;
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
        {state.action === 'manual' ? null : (
          <span className="gp-visually-hidden" style={VISUALLY_HIDDEN}>
            {`${state.done ? labels.checklistItemDone : labels.checklistItemToDo}: `}
          </span>
        )}
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
