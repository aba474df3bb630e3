import type { HTMLAttributes, Ref } from 'react';
import { SurfaceTitle } from '../parts/surface-title';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourTitle}. */
export interface TourTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The step's title as an `<h2>` that names the step dialog (`aria-labelledby`). Shows the
 * step's `title` unless given children; renders nothing when there is neither.
 *
 * @example
 * <TourTitle />
 */
export const TourTitle = withRef(function TourTitle({ className, ...props }: TourTitleProps) {
  const context = useTourContext('TourTitle');
  return (
    <SurfaceTitle
      {...props}
      surface={context}
      className={partClassName('title', context, className)}
      guideTitle={context.step?.title}
    />
  );
});
