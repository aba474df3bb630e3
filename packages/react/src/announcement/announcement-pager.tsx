import type { HTMLAttributes, MouseEvent, Ref } from 'react';
import { formatLabel } from '../i18n/format-label';
import { partClassName } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link AnnouncementPager}. */
export interface AnnouncementPagerProps extends HTMLAttributes<HTMLDivElement> {
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * Pages through several announcements shown together (newest first): Previous, "2 of 3" and
 * Next, as a labelled group. The buttons stay focusable at either end (`aria-disabled`), so
 * focus is never dropped; the new page is announced politely. Renders nothing for a single
 * announcement.
 *
 * @example
 * <AnnouncementPager />
 */
export const AnnouncementPager = withRef(function AnnouncementPager({
  className,
  ...props
}: AnnouncementPagerProps) {
  const context = useAnnouncementContext('AnnouncementPager');
  const { pages, index, goTo, labels } = context;
  if (pages.length < 2) return null;
  const first = index === 0;
  const last = index >= pages.length - 1;
  const move = (to: number, blocked: boolean) => (event: MouseEvent<HTMLButtonElement>) => {
    if (blocked) event.preventDefault();
    else goTo(to);
  };
  const button = context.unstyled ? undefined : 'gp-button';
  return (
    <div
      role="group"
      aria-label={labels.announcementPager}
      {...props}
      className={partClassName('pager', context, className)}
    >
      <button
        type="button"
        className={button}
        aria-disabled={first ? true : undefined}
        onClick={move(index - 1, first)}
      >
        {labels.previousAnnouncement}
      </button>
      <span className={context.unstyled ? undefined : 'gp-announcement-page'}>
        {formatLabel(labels.announcementPage, { current: index + 1, total: pages.length })}
      </span>
      <button
        type="button"
        className={button}
        aria-disabled={last ? true : undefined}
        onClick={move(index + 1, last)}
      >
        {labels.nextAnnouncement}
      </button>
    </div>
  );
});
