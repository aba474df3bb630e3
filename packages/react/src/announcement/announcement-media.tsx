import type { Ref } from 'react';
import { SurfaceMedia } from '../parts/surface-media';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementMedia}. */
export interface AnnouncementMediaProps {
  readonly className?: string;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement>;
}

/**
 * The announcement's media: its video, with controls, a captions track when one is given,
 * and never playing by itself; or else its image, with its alt text. Sources
 * `isSafeMediaSrc` refuses are not rendered.
 *
 * @example
 * <AnnouncementMedia />
 */
export const AnnouncementMedia = withRef(function AnnouncementMedia({
  className,
  ref,
}: AnnouncementMediaProps) {
  const context = useAnnouncementContext('AnnouncementMedia');
  return (
    <SurfaceMedia
      media={context.announcement?.media}
      className={partClassName('media', context, className)}
      playsInline
      ref={ref}
    />
  );
});
