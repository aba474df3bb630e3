import type { HTMLAttributes, Ref } from 'react';
import { useReportPresence } from '../parts/use-report-presence';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourProgress}. */
export interface TourProgressProps extends HTMLAttributes<HTMLSpanElement> {
  readonly ref?: Ref<HTMLSpanElement>;
}

/**
 * Where the user is in the tour as text, "Step 2 of 5" (the `stepProgress` label, with
 * `{current}` and `{total}`), unless given children. Inside `TourContent` it describes the step
 * dialog (`aria-describedby`), so focus moving into the step reads it.
 *
 * @example
 * <TourProgress />
 */
export const TourProgress = withRef(function TourProgress({
  className,
  children,
  ...props
}: TourProgressProps) {
  const context = useTourContext('TourProgress');
  useReportPresence(true, context.setHasProgress);
  return (
    <span
      {...props}
      id={context.progressId}
      className={partClassName('progress', context, className)}
    >
      {children ?? context.progress}
    </span>
  );
});
