import { useSyncExternalStore } from 'react';
import type { Announcer } from '../dom/create-announcer';
import { VISUALLY_HIDDEN } from './visually-hidden';

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** Where the messages come from. */
  readonly announcer: Announcer;
  /** Extra class names for the region. */
  readonly className?: string;
}

const onServer = () => '';

/**
 * A polite, visually hidden status region that speaks the announcer's messages. Render it
 * once, as early as possible: screen readers ignore live regions that appear together with
 * their first message. `data-live-announcer` keeps it exposed while a modal hides the rest of
 * the page.
 *
 * @example
 * <LiveRegion announcer={announcer} />
 */
export function LiveRegion({ announcer, className }: LiveRegionProps) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, onServer);
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-live-announcer="true"
      className={className === undefined ? 'gp-visually-hidden' : `gp-visually-hidden ${className}`}
      style={VISUALLY_HIDDEN}
    >
      {message}
    </div>
  );
}
