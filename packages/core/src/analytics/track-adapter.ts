import type { GuidepostEventListener } from './types';
import { eventProperties, type AdapterOptions, type EventProperties } from './event-properties';

/**
 * An analytics client with `track(name, properties)` (Segment, Rudderstack, Mixpanel,
 * Amplitude) or `capture(name, properties)` (PostHog).
 */
export type TrackClient =
  | { track(name: string, properties: EventProperties): unknown }
  | { capture(name: string, properties: EventProperties): unknown };

/**
 * Sends every Guidepost event to a `track`- or `capture`-shaped analytics client, the event
 * flattened into properties (`guideId`, `version`, `tier`, `userId`, `stepId`…). The event's
 * `timestamp` is left out: each of these clients stamps the events it sends.
 *
 * @example
 * createGuidepost(definition, { onEvent: trackAdapter(window.analytics, { prefix: 'guidepost_' }) });
 * createGuidepost(definition, { onEvent: trackAdapter(posthog) });
 */
export function trackAdapter<G extends string = string>(
  client: TrackClient,
  options: AdapterOptions = {},
): GuidepostEventListener<G> {
  const prefix = options.prefix ?? '';
  return (event) => {
    const name = `${prefix}${event.name}`;
    const { timestamp: _stampedByTheClient, ...properties } = eventProperties(event);
    if ('track' in client) client.track(name, properties);
    else client.capture(name, properties);
  };
}
