import { isSafeMediaSrc, type GuideMedia } from '@guidepost/core';
import type { Ref } from 'react';
import { withRef } from './with-ref';

/** Props of {@link SurfaceMedia}. */
export interface SurfaceMediaProps {
  /** The guide's (or step's) media; nothing is rendered without it. */
  readonly media: GuideMedia | undefined;
  /** The element's class attribute, already resolved by the part. */
  readonly className: string | undefined;
  /** Let the video play in place on phones instead of going full screen. @default false */
  readonly playsInline?: boolean;
  readonly ref?: Ref<HTMLImageElement & HTMLVideoElement> | undefined;
}

const safe = (src: string | undefined): src is string => src !== undefined && isSafeMediaSrc(src);

/**
 * A guide's media: its video, with controls, a captions track when one is given, and never
 * playing by itself; or else its image, with its alt text. Sources `isSafeMediaSrc` refuses
 * are not rendered.
 *
 * @example
 * <SurfaceMedia media={step?.media} className="gp-media" />
 */
export const SurfaceMedia = withRef(function SurfaceMedia({
  media,
  className,
  playsInline = false,
  ref,
}: SurfaceMediaProps) {
  const video = media?.video;
  if (video !== undefined && safe(video.src)) {
    return (
      // eslint-disable-next-line jsx-a11y/media-has-caption -- the captions track is rendered whenever the guide gives one
      <video
        ref={ref}
        className={className}
        src={video.src}
        poster={safe(video.poster) ? video.poster : undefined}
        title={video.title}
        controls
        playsInline={playsInline}
        preload="metadata"
      >
        {safe(video.captions) ? <track kind="captions" src={video.captions} default /> : null}
      </video>
    );
  }
  const image = media?.image;
  if (image !== undefined && safe(image.src)) {
    return <img ref={ref} className={className} src={image.src} alt={image.alt} />;
  }
  return null;
});
