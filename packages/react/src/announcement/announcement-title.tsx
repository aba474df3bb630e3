import type { HTMLAttributes, Ref } from 'react';
import { SurfaceTitle } from '../parts/surface-title';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementTitle}. */
export interface AnnouncementTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  readonly ref?: Ref<HTMLHeadingElement>;
}

/**
 * The announcement's title as an `<h2>` that names the dialog (`aria-labelledby`). Shows the
 * announcement's `title` (text, never HTML) unless given children.
 *
 * @example
 * <AnnouncementTitle />
 */
export const AnnouncementTitle = withRef(function AnnouncementTitle({
  className,
  ...props
}: AnnouncementTitleProps) {
  const context = useAnnouncementContext('AnnouncementTitle');
  return (
    <SurfaceTitle
      {...props}
      surface={context}
      className={partClassName('title', context, className)}
      guideTitle={context.announcement?.title}
    />
  );
});
