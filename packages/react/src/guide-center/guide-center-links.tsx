import { isSafeHref, type GuideCta } from '@guidepost/core';
import { useEffect } from 'react';

/** Props of {@link GuideCenterLinks}. */
export interface GuideCenterLinksProps {
  readonly links: readonly GuideCta[] | undefined;
  /** Called for each link `isSafeHref` refuses; such a link is not rendered. */
  readonly onUnsafeLink: (href: string) => void;
  /** Said, not shown, after a link that opens in a new tab. */
  readonly newTabLabel: string;
}

/**
 * An entry's links as a list; a link in a new tab gets `rel="noopener noreferrer"` and says it
 * opens one. Links were
 * checked when the definition was read; they are checked again here, as a definition from a
 * production build is taken as written.
 */
export function GuideCenterLinks({ links, onUnsafeLink, newTabLabel }: GuideCenterLinksProps) {
  const safe = (links ?? []).filter((link) => isSafeHref(link.href));
  useEffect(() => {
    for (const link of links ?? []) if (!isSafeHref(link.href)) onUnsafeLink(link.href);
  }, [links, onUnsafeLink]);
  if (safe.length === 0) return null;
  return (
    <ul className="gp-center-links">
      {safe.map((link) => (
        <li key={`${link.href} ${link.label}`}>
          <a
            href={link.href}
            {...(link.newTab === true ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {link.label}
            {link.newTab === true ? (
              <span className="gp-visually-hidden"> {newTabLabel}</span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  );
}
