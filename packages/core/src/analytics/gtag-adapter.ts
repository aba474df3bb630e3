import { eventProperties, type AdapterOptions } from './event-properties';
import type { GuidepostEventListener } from './types';

/** Google Analytics 4's `gtag` function, as the page's snippet defines it. */
export type Gtag = (
  command: 'event',
  name: string,
  params: Record<string, string | number>,
) => void;

/** GA4 truncates longer parameter values; cut here so what is cut is visible in code. */
const MAX_VALUE_LENGTH = 100;

/** GA4 parameter names for the event fields; GA4 asks for snake_case. */
const PARAM_NAMES: Readonly<Record<string, string>> = {
  guideId: 'guide_id',
  version: 'guide_version',
  tier: 'touch_tier',
  stepId: 'step_id',
  stepIndex: 'step_index',
  itemId: 'item_id',
  href: 'link_url',
  variant: 'variant',
  code: 'error_code',
  message: 'error_message',
  path: 'error_path',
  until: 'snoozed_until',
};

/**
 * Sends every Guidepost event to GA4 as `gtag('event', name, params)`, with snake_case
 * parameters (`guide_id`, `guide_version`, `step_id`, `touch_tier`…). The user id and the
 * timestamp are left out: GA4 stamps events itself and takes the user id from its own
 * `config`, and its policies forbid identifying data in event parameters.
 *
 * @example
 * createGuidepost(definition, { onEvent: gtagAdapter(window.gtag, { prefix: 'gp_' }) });
 */
export function gtagAdapter<G extends string = string>(
  gtag: Gtag,
  options: AdapterOptions = {},
): GuidepostEventListener<G> {
  const prefix = options.prefix ?? '';
  return (event) => {
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(eventProperties(event))) {
      const name = PARAM_NAMES[key];
      if (name === undefined) continue;
      params[name] = typeof value === 'string' ? value.slice(0, MAX_VALUE_LENGTH) : value;
    }
    gtag('event', `${prefix}${event.name}`, params);
  };
}
