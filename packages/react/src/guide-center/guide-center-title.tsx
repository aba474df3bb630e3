import type { HTMLAttributes, Ref } from 'react';
import { SurfaceTitle } from '../primitives/surface-title';
import { withRef } from '../primitives/with-ref';
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
  ...props
}: GuideCenterTitleProps) {
  const context = useGuideCenterContext('GuideCenterTitle');
  return (
    <SurfaceTitle
      {...props}
      surface={context}
      guideTitle={context.labels.guideCenter}
      className={partClassName('title', context, className)}
    />
  );
});
