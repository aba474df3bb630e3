import { classifyHref } from './classify-href';

/**
 * True when a URL is safe as the source of an image, a video, its poster or its captions:
 * `http:`, `https:` or relative, normalised as `isSafeHref` does. `mailto:` is refused here.
 *
 * @example
 * isSafeMediaSrc('/media/export.mp4'); // true
 * isSafeMediaSrc('data:image/svg+xml,<svg onload=alert(1)>'); // false
 */
export function isSafeMediaSrc(src: string): boolean {
  const kind = classifyHref(src);
  return kind === 'http' || kind === 'relative';
}
