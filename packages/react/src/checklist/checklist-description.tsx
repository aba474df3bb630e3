import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistDescription}. */
export interface ChecklistDescriptionProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The checklist's `description` (text, or rich text with safe links only), which describes
 * the panel (`aria-describedby`, set only while this renders). Renders nothing when there is
 * no description and no children.
 *
 * @example
 * <ChecklistDescription />
 */
export const ChecklistDescription = withRef(function ChecklistDescription({
  className,
  children,
  ...props
}: ChecklistDescriptionProps) {
  const context = useChecklistContext('ChecklistDescription');
  const { checklist, descriptionId, setHasDescription, reportUnsafeLink } = context;
  const present = children !== undefined || checklist.checklist?.description !== undefined;
  useReportPresence(present, setHasDescription);
  if (!present) return null;
  return (
    <div {...props} id={descriptionId} className={partClassName('description', context, className)}>
      {children ?? (
        <RichContent content={checklist.checklist?.description} onUnsafeLink={reportUnsafeLink} />
      )}
    </div>
  );
});
