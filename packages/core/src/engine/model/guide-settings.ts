import type { GuideChannel, GuideKind, GuideTrigger } from '../../guides/types';

/**
 * A guide's delivery controls with every default applied and every time and duration turned
 * into epoch ms, so eligibility is plain arithmetic.
 */
export interface GuideSettings {
  /** The guide's kind. */
  readonly kind: GuideKind;
  /** @default 'modal' for tours and announcements, 'inline' for tooltips and checklists */
  readonly channel: GuideChannel;
  /** @default 0 */
  readonly priority: number;
  /** Position in the definition: the tie-break after priority. */
  readonly order: number;
  /** @default 1 */
  readonly version: number;
  /**
   * At most one show per version. @default true when the guide sets no `frequency`, except for
   * a text hint (a tooltip without a beacon), which shows on every hover
   */
  readonly once: boolean;
  /** At most this many shows per version. */
  readonly maxShows: number | undefined;
  /** The least time between two shows, in ms. */
  readonly cooldownMs: number | undefined;
  /** Schedule start, inclusive. */
  readonly fromMs: number | undefined;
  /** Schedule end, exclusive. */
  readonly untilMs: number | undefined;
  /** @default 'auto' */
  readonly trigger: GuideTrigger;
  /** When an announcement was published (else its schedule start), for paging newest first. */
  readonly publishedMs?: number | undefined;
  /** Tour step ids in order; empty for other kinds. */
  readonly stepIds: readonly string[];
}
