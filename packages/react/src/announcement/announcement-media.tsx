import { isSafeMediaSrc } from '@guidepost/core';
import type { Ref } from 'react';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

/** Props of {@link AnnouncementMedia}. */
export interface AnnouncementMediaProps {
  readonly className?: string;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement>;
}

const safe = (src: string | undefined): src is string => src !== undefined && isSafeMediaSrc(src);

/**
 * The announcement's media: its video, with controls, a captions track when one is given,
 * and never playing by itself; or else its image, with its alt text. Sources
 * `isSafeMediaSrc` refuses are not rendered.
 *
 * @example
 * <AnnouncementMedia />
 */
export function AnnouncementMedia({ className, ref }: AnnouncementMediaProps) {
  const context = useAnnouncementContext('AnnouncementMedia');
  const media = context.announcement?.media;
  const classes = partClassName('media', context, className);
  const video = media?.video;
  if (video !== undefined && safe(video.src)) {
    return (
      // eslint-disable-next-line jsx-a11y/media-has-caption -- the captions track is rendered whenever the announcement gives one
      <video
        ref={ref}
        className={classes}
        src={video.src}
        poster={safe(video.poster) ? video.poster : undefined}
        title={video.title}
        controls
        playsInline
        preload="metadata"
      >
        {safe(video.captions) ? <track kind="captions" src={video.captions} default /> : null}
      </video>
    );
  }
  const image = media?.image;
  if (image !== undefined && safe(image.src)) {
    return <img ref={ref} className={classes} src={image.src} alt={image.alt} />;
  }
  return null;
}
