import type { HTMLAttributes, Ref } from 'react';
import { partClassName } from './checklist-class-names';
import { useChecklistContext } from './checklist-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link ChecklistProgress}. */
export interface ChecklistProgressProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * Progress as text ("2 of 5 done", the `checklistProgress` label) and as a bar: a
 * `role="progressbar"` with `aria-valuenow`, `aria-valuemin`, `aria-valuemax`, the text as its
 * `aria-valuetext`, and a label. The bar fills from the inline start, so it mirrors on
 * right-to-left pages.
 *
 * @example
 * <ChecklistProgress />
 */
export const ChecklistProgress = withRef(function ChecklistProgress({
  className,
  ...props
}: ChecklistProgressProps) {
  const context = useChecklistContext('ChecklistProgress');
  const { doneCount, total } = context.checklist;
  const share = total === 0 ? 0 : doneCount / total;
  return (
    <div
      {...props}
      data-state={context.checklist.allDone ? 'complete' : 'incomplete'}
      className={partClassName('progress', context, className)}
    >
      <span className="gp-checklist-progress-text">{context.progressText}</span>
      <div
        role="progressbar"
        aria-label={context.labels.checklistProgressLabel}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={doneCount}
        aria-valuetext={context.progressText}
        className={context.unstyled ? undefined : 'gp-progress-bar'}
      >
        <div
          className={context.unstyled ? undefined : 'gp-progress-bar-fill'}
          style={{ inlineSize: `${Math.round(share * 1000) / 10}%` }}
        />
      </div>
    </div>
  );
});
