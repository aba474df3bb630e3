import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { ChecklistItem } from './checklist-item';
import type { ChecklistItemState } from './use-checklist';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistItems}. */
export interface ChecklistItemsProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /**
   * What to render for each item the user sees (a `ChecklistItem`, by default), or any list
   * content.
   */
  readonly children?: ReactNode | ((item: ChecklistItemState) => ReactNode);
  readonly ref?: Ref<HTMLUListElement>;
}

/**
 * The list of the items this user sees, as a `<ul>`: a `ChecklistItem` each, or what the
 * `children` function renders for each.
 *
 * @example
 * <ChecklistItems />
 * <ChecklistItems>{(item) => <ChecklistItem key={item.id} itemId={item.id} className="row" />}</ChecklistItems>
 */
export const ChecklistItems = withRef(function ChecklistItems({
  className,
  children,
  ...props
}: ChecklistItemsProps) {
  const context = useChecklistContext('ChecklistItems');
  const { items } = context.checklist;
  let content: ReactNode;
  if (typeof children === 'function') content = items.map((item) => children(item));
  else content = children ?? items.map((item) => <ChecklistItem key={item.id} itemId={item.id} />);
  return (
    <ul {...props} className={partClassName('items', context, className)}>
      {content}
    </ul>
  );
});
