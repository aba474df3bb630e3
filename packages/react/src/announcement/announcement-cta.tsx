import { AnnouncementCtaLink, type AnnouncementCtaProps } from './announcement-cta-link';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

export type { AnnouncementCtaProps } from './announcement-cta-link';

/**
 * The primary call to action (the announcement's `cta`) as a link: checked when it renders (an
 * unsafe link is not rendered, and is reported), and following it records `cta_clicked` and
 * completes the announcement. Your `onClick` runs first and may `preventDefault()`.
 *
 * @example
 * <AnnouncementCta />
 * <AnnouncementCta asChild><RouterLink to="/export" /></AnnouncementCta>
 */
export const AnnouncementCta = withRef(function AnnouncementCta(props: AnnouncementCtaProps) {
  const { announcement } = useAnnouncementContext('AnnouncementCta');
  return <AnnouncementCtaLink {...props} cta={announcement?.cta} part="cta" variant="primary" />;
});

/**
 * The second call to action (the announcement's `secondaryCta`), checked and recorded as
 * `AnnouncementCta` is, with a quieter look.
 *
 * @example
 * <AnnouncementSecondaryCta />
 */
export const AnnouncementSecondaryCta = withRef(function AnnouncementSecondaryCta(
  props: AnnouncementCtaProps,
) {
  const { announcement } = useAnnouncementContext('AnnouncementSecondaryCta');
  return (
    <AnnouncementCtaLink
      {...props}
      cta={announcement?.secondaryCta}
      part="secondaryCta"
      variant="secondary"
    />
  );
});
