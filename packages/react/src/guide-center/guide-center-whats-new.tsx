import { isSafeHref } from '@guidepost/core';
import type { HTMLAttributes, Ref, SyntheticEvent } from 'react';
import { RichContent } from '../content/rich-content';
import { SurfaceButton } from '../parts/surface-button';
import { SurfaceMedia } from '../parts/surface-media';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';
import { formatDate } from './format-date';
import { GuideCenterSection } from './guide-center-section';

/** Props of {@link GuideCenterWhatsNew}. */
export interface GuideCenterWhatsNewProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * "What's new": the announcements published for this user, newest first, each a disclosure
 * with its date, its body, media and call to action. An unread one carries a "New" mark (in
 * its name, so screen readers say it too); opening it marks it read in the engine
 * (`markRead`), saved with the user's progress. "Mark all as read" shows while any is unread.
 * Renders nothing when there is no announcement.
 *
 * @example
 * <GuideCenter.WhatsNew />
 */
export const GuideCenterWhatsNew = withRef(function GuideCenterWhatsNew({
  className,
  ...props
}: GuideCenterWhatsNewProps) {
  const context = useGuideCenterContext('GuideCenterWhatsNew');
  const { center, labels, locale, reportUnsafeLink, engine } = context;
  if (center.news.length === 0) return null;
  const markAll =
    center.unread > 0 ? (
      <SurfaceButton
        className="gp-button gp-center-mark-read"
        data-variant="ghost"
        onClick={() => center.markRead()}
      >
        {labels.guideCenterMarkAllRead}
      </SurfaceButton>
    ) : null;
  return (
    <GuideCenterSection
      {...props}
      heading={labels.guideCenterWhatsNew}
      actions={markAll}
      className={partClassName('whatsNew', context, className)}
    >
      <ul className="gp-center-list">
        {center.news.map((entry) => {
          const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
            if (event.currentTarget.open && entry.unread) center.markRead(entry.id);
          };
          const cta = entry.cta !== undefined && isSafeHref(entry.cta.href) ? entry.cta : undefined;
          return (
            <li
              key={entry.id}
              className="gp-center-item"
              data-guide={entry.id}
              data-unread={entry.unread ? '' : undefined}
            >
              <details className="gp-center-details" onToggle={onToggle}>
                <summary className="gp-center-summary">
                  {entry.unread ? (
                    <span className="gp-center-new">{labels.guideCenterNew}</span>
                  ) : null}
                  <span className="gp-center-item-title">
                    <RichContent content={entry.title} inline onUnsafeLink={reportUnsafeLink} />
                  </span>
                  {entry.publishedAt === undefined ? null : (
                    <time
                      className="gp-center-date"
                      dateTime={new Date(entry.publishedAt).toISOString()}
                    >
                      {formatDate(entry.publishedAt, locale)}
                    </time>
                  )}
                </summary>
                <div className="gp-center-detail gp-description">
                  <RichContent content={entry.body} onUnsafeLink={reportUnsafeLink} />
                  <SurfaceMedia media={entry.media} className="gp-media" playsInline />
                  {cta === undefined ? null : (
                    <a
                      className="gp-button"
                      data-variant="primary"
                      href={cta.href}
                      {...(cta.newTab === true
                        ? { target: '_blank', rel: 'noopener noreferrer' }
                        : {})}
                      onClick={() => engine.ctaClicked(entry.id, cta.href)}
                    >
                      {cta.label}
                      {cta.newTab === true ? (
                        <span className="gp-visually-hidden">
                          {' '}
                          {labels.guideCenterOpensInNewTab}
                        </span>
                      ) : null}
                    </a>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </GuideCenterSection>
  );
});
