import { defaultShowLocks } from './web-locks';
import type { ShowLocks } from './web-locks';
import { createShowClaims } from './show-claims';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Claims each once-only modal show through Web Locks before it opens, so two tabs never show
 * the same one at once. Where the browser has no Web Locks (Node, insecure origins), or with
 * `locks` given as `null`, shows are not claimed.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [localStoragePersistence(), webLocksClaims()] });
 */
export function webLocksClaims(
  locks: ShowLocks | null = defaultShowLocks() ?? null,
): GuidepostPlugin {
  return {
    name: 'webLocksClaims',
    parts: locks === null ? {} : { claims: (core, act) => createShowClaims(core, locks, act) },
  };
}
