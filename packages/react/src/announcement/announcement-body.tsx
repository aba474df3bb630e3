import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { useReportPresence } from '../parts/use-report-presence';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementBody}. */
export interface AnnouncementBodyProps extends HTMLAttributes<HTMLDivElement> {
  /** Where links in the content open; `_blank` adds `rel="noopener noreferrer"`. @default '_self' */
  readonly linkTarget?: '_self' | '_blank';
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The announcement's body, which describes the dialog (`aria-describedby`, set only while this
 * renders): text, or rich text (paragraphs, emphasis, lists, links) rendered as React nodes,
 * never as HTML. A link that is not safe shows as plain text and is reported. Renders nothing
 * when there is no body and no children.
 *
 * @example
 * <AnnouncementBody linkTarget="_blank" />
 */
export const AnnouncementBody = withRef(function AnnouncementBody({
  className,
  children,
  linkTarget = '_self',
  ...props
}: AnnouncementBodyProps) {
  const context = useAnnouncementContext('AnnouncementBody');
  const { announcement, bodyId, setHasBody, reportUnsafeLink } = context;
  const present = children !== undefined || announcement?.body !== undefined;
  useReportPresence(present, setHasBody);
  if (!present) return null;
  return (
    <div {...props} id={bodyId} className={partClassName('body', context, className)}>
      {children ?? (
        <RichContent
          content={announcement?.body}
          linkTarget={linkTarget}
          onUnsafeLink={reportUnsafeLink}
        />
      )}
    </div>
  );
});
