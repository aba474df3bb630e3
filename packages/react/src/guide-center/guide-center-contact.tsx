import { isSafeMediaSrc, toEpochMs } from '@guidepost/core';
import type { HTMLAttributes, Ref } from 'react';
import { RichContent } from '../content/rich-content';
import { formatLabel } from '../i18n/format-label';
import { SurfaceMedia } from '../parts/surface-media';
import { withRef } from '../parts/with-ref';
import { partClassName } from './guide-center-class-names';
import { useGuideCenterContext } from './guide-center-context';
import { formatDate } from './format-date';
import { GuideCenterLinks } from './guide-center-links';
import { GuideCenterSection } from './guide-center-section';

/** Props of {@link GuideCenterContact}. */
export interface GuideCenterContactProps extends HTMLAttributes<HTMLElement> {
  readonly ref?: Ref<HTMLElement>;
}

/**
 * How this user gets help, from the definition's contact entries for their touch tier: for
 * high touch the named specialist (photo, name, role) and the booking link, for low touch the
 * next webinar (its start written for the locale) or a training video, for tech touch the docs
 * and the community. Renders nothing when the tier has no entry.
 *
 * @example
 * <GuideCenter.Contact />
 */
export const GuideCenterContact = withRef(function GuideCenterContact({
  className,
  ...props
}: GuideCenterContactProps) {
  const context = useGuideCenterContext('GuideCenterContact');
  const { center, labels, locale, reportUnsafeLink } = context;
  if (center.contacts.length === 0) return null;
  return (
    <GuideCenterSection
      {...props}
      heading={labels.guideCenterContact}
      className={partClassName('contact', context, className)}
    >
      <ul className="gp-center-list">
        {center.contacts.map((contact) => {
          const startsAt = contact.startsAt === undefined ? undefined : toEpochMs(contact.startsAt);
          const photo = contact.specialist?.image;
          return (
            <li
              key={contact.id}
              className="gp-center-item gp-center-card"
              data-contact={contact.id}
            >
              {contact.specialist === undefined ? null : (
                <div className="gp-center-specialist">
                  {photo !== undefined && isSafeMediaSrc(photo.src) ? (
                    <img className="gp-center-avatar" src={photo.src} alt={photo.alt} />
                  ) : null}
                  <span>
                    <span className="gp-center-specialist-name">{contact.specialist.name}</span>
                    {contact.specialist.role === undefined ? null : (
                      <span className="gp-center-specialist-role">{contact.specialist.role}</span>
                    )}
                  </span>
                </div>
              )}
              <h4 className="gp-center-item-title">{contact.title}</h4>
              {startsAt === undefined ? null : (
                <p className="gp-center-date">
                  <time dateTime={new Date(startsAt).toISOString()}>
                    {formatLabel(labels.guideCenterStartsAt, {
                      date: formatDate(startsAt, locale, true),
                    })}
                  </time>
                </p>
              )}
              <div className="gp-description">
                <RichContent content={contact.body} onUnsafeLink={reportUnsafeLink} />
              </div>
              <SurfaceMedia media={contact.media} className="gp-media" playsInline />
              <GuideCenterLinks
                links={contact.links}
                onUnsafeLink={reportUnsafeLink}
                newTabLabel={labels.guideCenterOpensInNewTab}
              />
            </li>
          );
        })}
      </ul>
    </GuideCenterSection>
  );
});
