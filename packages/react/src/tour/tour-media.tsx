import type { Ref } from 'react';
import { SurfaceMedia } from '../parts/surface-media';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourMedia}. */
export interface TourMediaProps {
  readonly className?: string;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement>;
}

/**
 * The step's media: its video (with controls, and captions when given) or else its image
 * (with its alt text). Sources `isSafeMediaSrc` refuses are not rendered.
 *
 * @example
 * <TourMedia />
 */
export const TourMedia = withRef(function TourMedia({ className, ref }: TourMediaProps) {
  const context = useTourContext('TourMedia');
  return (
    <SurfaceMedia
      media={context.step?.media}
      className={partClassName('media', context, className)}
      ref={ref}
    />
  );
});
