import type { GuidepostEvent } from './types';

/** An event's fields as flat properties, the way analytics clients take them. */
export type EventProperties = Readonly<Record<string, string | number>>;

/**
 * Flattens an event into properties: every field but `name`, leaving out fields that are not
 * set (an anonymous user's `userId`, a guide without steps' `stepId`).
 *
 * @example
 * eventProperties(event); // { guideId: 'welcome', version: 1, tier: 'tech', userId: 'u1', timestamp: 1767225600000, stepId: 'intro', stepIndex: 0 }
 */
export function eventProperties(event: GuidepostEvent): EventProperties {
  const properties: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'name') continue;
    if (typeof value === 'string' || typeof value === 'number') properties[key] = value;
  }
  return properties;
}

/** Options shared by the analytics adapters. */
export interface AdapterOptions {
  /** Put before every event name (`'guidepost_'` gives `guidepost_guide_shown`). @default '' */
  readonly prefix?: string;
}
