import { useLayoutEffect, type HTMLAttributes, type Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

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
export function AnnouncementTitle({ className, children, ...props }: AnnouncementTitleProps) {
  const context = useAnnouncementContext('AnnouncementTitle');
  const { announcement, titleId, setHasTitle, reportUnsafeLink } = context;
  const present = children !== undefined || announcement?.title !== undefined;
  useLayoutEffect(() => {
    if (!present) return;
    setHasTitle(true);
    return () => setHasTitle(false);
  }, [present, setHasTitle]);
  if (!present) return null;
  return (
    <h2 {...props} id={titleId} className={partClassName('title', context, className)}>
      {children ?? (
        <RichContent content={announcement?.title} inline onUnsafeLink={reportUnsafeLink} />
      )}
    </h2>
  );
}
