import type { HTMLAttributes, Ref } from 'react';
import { useReportPresence } from '../parts/use-report-presence';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';

/** Props of {@link GuideCenterTitle}. */
export interface GuideCenterTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The panel's heading (`<h2>`), which names it: its children, or the "Help" label.
 *
 * @example
 * <GuideCenter.Title />
 * <GuideCenter.Title>Support</GuideCenter.Title>
 */
export const GuideCenterTitle = withRef(function GuideCenterTitle({
  className,
  children,
  ...props
}: GuideCenterTitleProps) {
  const context = useGuideCenterContext('GuideCenterTitle');
  // The panel is named by this heading (`aria-labelledby`) whenever it is rendered.
  useReportPresence(true, context.setHasTitle);
  return (
    <h2 {...props} id={context.titleId} className={partClassName('title', context, className)}>
      {children ?? context.labels.guideCenter}
    </h2>
  );
});
