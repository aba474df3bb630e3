import type { HTMLAttributes, Ref } from 'react';
import { SurfaceTitle } from '../parts/surface-title';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

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
export const ChecklistTitle = withRef(function ChecklistTitle({
  className,
  ...props
}: ChecklistTitleProps) {
  const context = useChecklistContext('ChecklistTitle');
  return (
    <SurfaceTitle
      {...props}
      surface={context}
      className={partClassName('title', context, className)}
      guideTitle={context.checklist.checklist?.title}
    />
  );
});
