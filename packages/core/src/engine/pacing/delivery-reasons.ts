import type { GuidepostError } from '../../errors/guidepost-error';
import type { GuideProgress } from '../../persistence/types';
import type { EligibilityReason } from '../model/eligibility-reason';
import type { GuideSettings } from '../model/guide-settings';

/** Everything besides the audience and the channel that decides whether a guide may show. */
export interface DeliveryInput {
  /** The guide's delivery controls, defaults applied. */
  readonly settings: GuideSettings;
  /** The progress for the guide's current version. */
  readonly progress: GuideProgress;
  /** Epoch ms from the engine's clock. */
  readonly now: number;
  /** False while the user's snapshot is loading. */
  readonly ready: boolean;
  /** An identified user's snapshot could not be loaded. @default false */
  readonly progressUnknown?: boolean;
  /** Its event or route was reported, or `start(id)` asked for it, and it has not shown since. */
  readonly triggered: boolean;
  /** Open in this tab. */
  readonly open: boolean;
  /** Opened by another tab while this one runs. */
  readonly heldElsewhere: boolean;
  /** Another tab won the claim to show it. */
  readonly claimedElsewhere: boolean;
  /** Why the guide was disabled, if it was. */
  readonly error: GuidepostError | undefined;
  /** A modal guide closed for now in this tab: it waits for a new trigger. @default false */
  readonly closedHere?: boolean;
  /** A tour whose step lives on a route the app is not on. @default false */
  readonly offRoute?: boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * When a guide's cooldown ends: `cooldown` after the later of its last show's start and its
 * close, so a hint left open for an hour still waits the whole cooldown after it closes.
 */
export function cooldownEnd(settings: GuideSettings, progress: GuideProgress): number | undefined {
  if (settings.cooldownMs === undefined) return undefined;
  const from = Math.max(progress.lastShownAt ?? -Infinity, progress.closedAt ?? -Infinity);
  return Number.isFinite(from) ? from + settings.cooldownMs : undefined;
}

/**
 * Whether a guide waits because an identified user's progress could not be loaded: a once-only
 * modal guide could be one the user dismissed, and showing nothing beats showing it twice.
 * A show already in progress (`active`) is known, and resumes.
 */
function waitsForUnknownProgress(input: DeliveryInput): boolean {
  const { settings, progress } = input;
  return (
    input.progressUnknown === true &&
    settings.channel === 'modal' &&
    settings.once &&
    progress.status !== 'active'
  );
}

/**
 * Lists why a guide may not show now, leaving out its audience and the modal channel (the
 * caller adds those). An empty list means it may show. An `active` guide is a show in
 * progress: it resumes without counting against `frequency` and whatever its trigger. A
 * snoozed guide whose time has come may show again even under `once`, since the user asked
 * for it.
 */
export function deliveryReasons(input: DeliveryInput): EligibilityReason[] {
  const { settings, progress, now } = input;
  if (input.error !== undefined) {
    return [{ code: 'disabled', message: `disabled after an error: ${input.error.message}` }];
  }
  const reasons: EligibilityReason[] = [];
  if (!input.ready && !input.open) {
    reasons.push({ code: 'loading', message: "the user's progress is still loading" });
  } else if (!input.open && waitsForUnknownProgress(input)) {
    reasons.push({
      code: 'loading',
      message: "the user's progress could not be loaded; a once-only pop-up waits for it",
    });
  }
  if (settings.fromMs !== undefined && now < settings.fromMs) {
    reasons.push({
      code: 'schedule',
      message: `scheduled from ${iso(settings.fromMs)}`,
      until: settings.fromMs,
    });
  }
  if (settings.untilMs !== undefined && now >= settings.untilMs) {
    reasons.push({ code: 'schedule', message: `schedule ended at ${iso(settings.untilMs)}` });
  }
  if (input.offRoute === true) {
    reasons.push({ code: 'route', message: "waiting for the route of the tour's step" });
  }
  switch (progress.status) {
    case 'active':
      if (input.heldElsewhere && !input.open) {
        reasons.push({ code: 'elsewhere', message: 'open in another tab' });
      }
      return reasons;
    case 'completed':
    case 'dismissed':
      reasons.push({
        code: 'status',
        message: `${progress.status} in version ${progress.version}`,
      });
      return reasons;
    case 'snoozed':
      if (progress.snoozedUntil !== undefined && now < progress.snoozedUntil) {
        reasons.push({
          code: 'snoozed',
          message: `snoozed until ${iso(progress.snoozedUntil)}`,
          until: progress.snoozedUntil,
        });
      }
      break;
    case 'idle':
      break;
  }
  reasons.push(...showReasons(input));
  return reasons;
}

function showReasons(input: DeliveryInput): EligibilityReason[] {
  const { settings, progress, now } = input;
  const reasons: EligibilityReason[] = [];
  if (settings.once && progress.shows >= 1 && progress.status !== 'snoozed') {
    reasons.push({ code: 'frequency', message: 'shows once and was shown already' });
  }
  if (settings.maxShows !== undefined && progress.shows >= settings.maxShows) {
    reasons.push({
      code: 'frequency',
      message: `shown ${progress.shows} times; maxShows is ${settings.maxShows}`,
    });
  }
  const ends = cooldownEnd(settings, progress);
  if (ends !== undefined) {
    if (now < ends) {
      reasons.push({ code: 'cooldown', message: `cooling down until ${iso(ends)}`, until: ends });
    }
  }
  const trigger = settings.trigger;
  if (trigger !== 'auto' && !input.triggered) {
    reasons.push({
      code: 'trigger',
      message:
        trigger === 'manual'
          ? 'starts only through start()'
          : 'event' in trigger
            ? `waits for the event '${trigger.event}'`
            : `waits for the route '${trigger.route}'`,
    });
  }
  if (input.closedHere === true && !input.triggered) {
    reasons.push({
      code: 'closed',
      message: 'closed for now in this tab; waits for a new trigger',
    });
  }
  if (input.claimedElsewhere) {
    reasons.push({ code: 'claim', message: 'another tab claimed this show' });
  }
  return reasons;
}
