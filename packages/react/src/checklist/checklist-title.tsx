import { useLayoutEffect, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';

/** Props of {@link ChecklistTitle}. */
export interface ChecklistTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The checklist's title as an `<h2>` that names the panel (`aria-labelledby`). Shows the
 * checklist's `title` unless given children.
 *
 * @example
 * <ChecklistTitle />
 */
export function ChecklistTitle({ className, children, ...props }: ChecklistTitleProps) {
  const context = useChecklistContext('ChecklistTitle');
  const { checklist, titleId, setHasTitle, reportUnsafeLink } = context;
  const present = children !== undefined || checklist.checklist?.title !== undefined;
  useLayoutEffect(() => {
    if (!present) return;
    setHasTitle(true);
    return () => setHasTitle(false);
  }, [present, setHasTitle]);
  if (!present) return null;
  return (
    <h2 {...props} id={titleId} className={partClassName('title', context, className)}>
      {children ?? (
        <RichContent content={checklist.checklist?.title} inline onUnsafeLink={reportUnsafeLink} />
      )}
    </h2>
  );
}
