import type { GuidepostError } from '../../errors/guidepost-error';
import type { GuideProgress } from '../../persistence/types';
import type { EligibilityReason } from '../model/eligibility-reason';

/**
 * One reason a guide may not show, as the engine decides with it: a code (and when it lapses),
 * without the sentence; the `explanations()` plugin puts it in words. A plugin's reason may
 * carry its own `message`.
 */
export interface DeliveryReason extends Omit<EligibilityReason, 'message'> {
  readonly message?: string;
  /** A `frequency` reason from `maxShows` rather than `once`. */
  readonly max?: true;
}
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
 * Lists why a guide may not show now, as codes (see `describeReason` for the words), leaving out its audience and the modal channel (the
 * caller adds those). An empty list means it may show. An `active` guide is a show in
 * progress: it resumes without counting against `frequency` and whatever its trigger. A
 * snoozed guide whose time has come may show again even under `once`, since the user asked
 * for it.
 */
export function deliveryReasons(input: DeliveryInput): DeliveryReason[] {
  const { settings, progress, now } = input;
  if (input.error !== undefined) {
    return [{ code: 'disabled' }];
  }
  const reasons: DeliveryReason[] = [];
  if ((!input.ready || waitsForUnknownProgress(input)) && !input.open) {
    reasons.push({ code: 'loading' });
  }
  if (settings.fromMs !== undefined && now < settings.fromMs) {
    reasons.push({ code: 'schedule', until: settings.fromMs });
  }
  if (settings.untilMs !== undefined && now >= settings.untilMs) {
    reasons.push({ code: 'schedule' });
  }
  if (input.offRoute === true) {
    reasons.push({ code: 'route' });
  }
  switch (progress.status) {
    case 'active':
      if (input.heldElsewhere && !input.open) {
        reasons.push({ code: 'elsewhere' });
      }
      return reasons;
    case 'completed':
    case 'dismissed':
      reasons.push({ code: 'status' });
      return reasons;
    case 'snoozed':
      if (progress.snoozedUntil !== undefined && now < progress.snoozedUntil) {
        reasons.push({ code: 'snoozed', until: progress.snoozedUntil });
      }
      break;
    case 'idle':
      break;
  }
  reasons.push(...showReasons(input));
  return reasons;
}

function showReasons(input: DeliveryInput): DeliveryReason[] {
  const { settings, progress, now } = input;
  const reasons: DeliveryReason[] = [];
  if (settings.once && progress.shows >= 1 && progress.status !== 'snoozed') {
    reasons.push({ code: 'frequency' });
  }
  if (settings.maxShows !== undefined && progress.shows >= settings.maxShows) {
    reasons.push({ code: 'frequency', max: true });
  }
  const ends = cooldownEnd(settings, progress);
  if (ends !== undefined) {
    if (now < ends) {
      reasons.push({ code: 'cooldown', until: ends });
    }
  }
  if (settings.trigger !== 'auto' && !input.triggered) reasons.push({ code: 'trigger' });
  if (input.closedHere === true && !input.triggered) reasons.push({ code: 'closed' });
  if (input.claimedElsewhere) reasons.push({ code: 'claim' });
  return reasons;
}
