import { useSyncExternalStore, type CSSProperties } from 'react';
import type { Announcer } from '../dom/create-announcer';

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** Where the messages come from. */
  readonly announcer: Announcer;
  /** Extra class names for the region. */
  readonly className?: string;
}

/**
 * Hidden from sight, still read by screen readers. Set inline as well as through the
 * `gp-visually-hidden` class so the region stays hidden when the stylesheet is not loaded.
 */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

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
