import { isSafeHref, type GuideCta } from '@guidepost/core';
import { useEffect, type AnchorHTMLAttributes, type MouseEvent, type Ref } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { Slot } from '../parts/slot';
import { partClassName, type AnnouncementPart } from './announcement-class-names';
import { useAnnouncementContext } from './announcement-context';
import { withRef } from '../parts/with-ref';

/** Props every call-to-action part takes. */
export interface AnnouncementCtaProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * Render the only child instead of an `<a>` (a router link), with the part's props and
   * behaviour merged in. @default false
   */
  readonly asChild?: boolean;
  readonly ref?: Ref<HTMLAnchorElement>;
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * One call to action as a link. Its `href` is checked when it renders: a link `isSafeHref`
 * refuses is never rendered (and is reported once as `guide_error` `unsafe_link`). Following
 * it records `cta_clicked` and completes the announcement.
 */
export const AnnouncementCtaLink = withRef(function AnnouncementCtaLink({
  cta,
  part,
  variant,
  asChild = false,
  onClick,
  className,
  children,
  ref,
  ...props
}: AnnouncementCtaProps & {
  readonly cta: GuideCta | undefined;
  readonly part: AnnouncementPart;
  readonly variant: 'primary' | 'secondary';
}) {
  const context = useAnnouncementContext(
    part === 'cta' ? 'AnnouncementCta' : 'AnnouncementSecondaryCta',
  );
  const { followCta, reportUnsafeLink, labels, open } = context;
  const href = cta?.href;
  const refused = href !== undefined && !isSafeHref(href);
  useEffect(() => {
    if (refused) reportUnsafeLink(href);
  }, [refused, href, reportUnsafeLink]);
  if (cta === undefined || refused) return null;

  const handleClick = composeEventHandlers<MouseEvent<HTMLAnchorElement>>(onClick, (event) => {
    // A link in a dialog that is closing has been followed already.
    if (!open) return;
    if (!followCta(cta)) event.preventDefault();
  });
  const newTab = cta.newTab === true;
  const linkProps = {
    'data-variant': variant,
    ...props,
    href: cta.href,
    ...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}),
    className: partClassName(part, context, className),
    onClick: handleClick,
  };
  if (asChild)
    return (
      <Slot {...linkProps} ref={ref as Ref<HTMLElement>}>
        {children}
      </Slot>
    );
  return (
    <a {...linkProps} ref={ref}>
      {children ?? cta.label}
      {newTab ? <span style={VISUALLY_HIDDEN}> {labels.opensInNewTab}</span> : null}
    </a>
  );
});
