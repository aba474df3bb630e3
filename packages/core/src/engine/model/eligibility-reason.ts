/** Why a guide cannot show now, as a stable code for programs. */
export type EligibilityReasonCode =
  /** The guide is broken (a rule threw, its definition is invalid) and was disabled. */
  | 'disabled'
  /**
   * The user's snapshot is still loading; nothing starts on its own until it is in. Also an
   * identified user's once-only modal guides after a load that failed.
   */
  | 'loading'
  /** Completed or dismissed in this version. */
  | 'status'
  /** Put off by the user until a time. */
  | 'snoozed'
  /** Outside its schedule (`from` inclusive, `until` exclusive). */
  | 'schedule'
  /** `once` or `maxShows` reached. */
  | 'frequency'
  /** Shown too recently. */
  | 'cooldown'
  /** Manual, or waiting for its event or route. */
  | 'trigger'
  /** Another tab opened it; it shows there. */
  | 'elsewhere'
  /** Another tab claimed the show first. */
  | 'claim'
  /** The audience rule does not match this user. */
  | 'audience'
  /** Another guide holds the modal channel. */
  | 'channel'
  /** Closed for now in this tab; a modal guide waits for a new trigger or the next session. */
  | 'closed'
  /** A tour whose step lives on another route: it waits without holding the modal channel. */
  | 'route'
  /**
   * The interruption budget holds a modal guide back: another closed too recently (`until`
   * says when the gap ends), or the session's or the day's pop-ups are spent.
   */
  | 'pacing';

/** One reason a guide is not eligible now, for people (`message`) and programs (`code`). */
export interface EligibilityReason {
  readonly code: EligibilityReasonCode;
  readonly message: string;
  /** When the reason lapses by itself (schedule start, snooze or cooldown end), epoch ms. */
  readonly until?: number;
  /** The guide holding the modal channel, for `channel`. */
  readonly guideId?: string;
}
