import type { HTMLAttributes, Ref } from 'react';
import { LiveRegion } from '../a11y/live-region';
import { contentToText } from '../content/content-to-text';
import { joinIdLists } from '../dom/id-list';
import { ModalSurface } from '../parts/modal-surface';
import { withRef } from '../parts/with-ref';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';

/** Props of {@link AnnouncementContent}. */
export interface AnnouncementContentProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * The modal dialog: `role="dialog"` and `aria-modal="true"`, named by `AnnouncementTitle` and
 * described by `AnnouncementBody` only while one renders. Focus moves into it when it opens
 * (onto the dialog, so its name and text are read first), stays trapped inside (Tab and
 * Shift+Tab cycle), and returns to where it was when it closes. The rest of the page is inert
 * and hidden from assistive technology (live regions excepted) and stops scrolling; both are
 * restored exactly, and counted, so two modals never undo each other. Escape closes it
 * (for now) unless a control inside handled the key first. State shows as `data-state`.
 *
 * @example
 * <AnnouncementContent><AnnouncementTitle /><AnnouncementBody /><AnnouncementClose /></AnnouncementContent>
 */
export const AnnouncementContent = withRef(function AnnouncementContent({
  className,
  children,
  'aria-describedby': describedBy,
  ...props
}: AnnouncementContentProps) {
  const context = useAnnouncementContext('AnnouncementContent');
  return (
    <ModalSurface
      {...props}
      modal={context}
      aria-labelledby={context.hasTitle ? context.titleId : undefined}
      aria-label={
        context.hasTitle
          ? undefined
          : contentToText(context.announcement?.title) || context.labels.announcementPager
      }
      aria-describedby={joinIdLists(context.hasBody ? context.bodyId : undefined, describedBy)}
      data-pages={context.pages.length > 1 ? context.pages.length : undefined}
      className={partClassName('content', context, className)}
    >
      {children}
      <LiveRegion announcer={context.announcer} />
    </ModalSurface>
  );
});
