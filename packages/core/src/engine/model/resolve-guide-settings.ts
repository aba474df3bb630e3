import { GuidepostError } from '../../errors/guidepost-error';
import type { GuideChannel, GuideDefinition, GuideKind } from '../../guides/types';
import { parseDuration, toEpochMs } from '../../targeting';
import type { GuideSettings } from './guide-settings';

const MODAL_KINDS: ReadonlySet<GuideKind> = new Set(['tour', 'announcement', 'survey']);

/** A guide's settings, and the first field that could not be read, if any. */
export interface ResolvedSettings {
  readonly settings: GuideSettings;
  readonly error: GuidepostError | undefined;
}

/**
 * A text hint (a tooltip without a beacon) answers a hover or a focus: it shows every time the
 * user asks, so without a `frequency` it is not limited to one show.
 */
function isPlainHint(guide: GuideDefinition): boolean {
  return guide.kind === 'tooltip' && guide.beacon !== true;
}

/**
 * Applies the delivery defaults to a guide and reads its times and durations as ms. A field
 * that cannot be read (validation normally rejects it first) is left out of the settings and
 * reported as an `invalid_definition` error, so the engine disables that guide alone.
 *
 * @example
 * resolveGuideSettings('release', guide, 3).settings; // { channel: 'modal', once: true, fromMs: …, … }
 */
export function resolveGuideSettings(
  guideId: string,
  guide: GuideDefinition,
  order: number,
): ResolvedSettings {
  let error: GuidepostError | undefined;
  const read = <T>(field: string, value: T | undefined, parsed: number | undefined) => {
    if (value !== undefined && parsed === undefined && error === undefined) {
      const path = `guides.${guideId}.${field}`;
      error = new GuidepostError('invalid_definition', `${path} cannot be read`, { guideId, path });
    }
    return parsed;
  };
  const frequency = guide.frequency;
  const cooldown = frequency?.cooldown;
  const cooldownMs = read('frequency.cooldown', cooldown, cooldown && parseDuration(cooldown));
  const from = guide.schedule?.from;
  const until = guide.schedule?.until;
  const fromMs = read('schedule.from', from, from === undefined ? undefined : toEpochMs(from));
  const untilMs = read('schedule.until', until, until === undefined ? undefined : toEpochMs(until));
  // Only orders pages, so a date that cannot be read sorts last instead of disabling the guide.
  const published = guide.kind === 'announcement' ? guide.publishedAt : undefined;
  const publishedMs = published === undefined ? undefined : toEpochMs(published);
  const channel: GuideChannel = guide.channel ?? (MODAL_KINDS.has(guide.kind) ? 'modal' : 'inline');
  const maxShows = frequency?.maxShows;
  const settings: GuideSettings = {
    kind: guide.kind,
    channel,
    priority: Number.isFinite(guide.priority) ? (guide.priority as number) : 0,
    order,
    version: Number.isFinite(guide.version) ? (guide.version as number) : 1,
    once: frequency === undefined ? !isPlainHint(guide) : frequency.once === true,
    maxShows: typeof maxShows === 'number' && Number.isFinite(maxShows) ? maxShows : undefined,
    cooldownMs,
    fromMs,
    untilMs,
    trigger: guide.trigger ?? 'auto',
    publishedMs: publishedMs ?? (guide.kind === 'announcement' ? fromMs : undefined),
    stepIds: guide.kind === 'tour' ? guide.steps.map((step) => step.id) : [],
  };
  return { settings, error };
}
