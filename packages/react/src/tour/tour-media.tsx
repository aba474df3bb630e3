import { isSafeMediaSrc } from '@guidepost/core';
import type { Ref } from 'react';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';

/** Props of {@link TourMedia}. */
export interface TourMediaProps {
  readonly className?: string;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement>;
}

const safe = (src: string | undefined): src is string => src !== undefined && isSafeMediaSrc(src);

/**
 * The step's media: its video (with controls, and captions when given) or else its image
 * (with its alt text). Sources `isSafeMediaSrc` refuses are not rendered.
 *
 * @example
 * <TourMedia />
 */
export function TourMedia({ className, ref }: TourMediaProps) {
  const context = useTourContext('TourMedia');
  const media = context.step?.media;
  const classes = partClassName('media', context, className);
  const video = media?.video;
  if (video !== undefined && safe(video.src)) {
    return (
      // eslint-disable-next-line jsx-a11y/media-has-caption -- the captions track is rendered whenever the step gives one
      <video
        ref={ref}
        className={classes}
        src={video.src}
        poster={safe(video.poster) ? video.poster : undefined}
        title={video.title}
        controls
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
