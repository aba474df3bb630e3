/** A stage of a guide's funnel, in the order users pass them. */
export type FunnelStage = 'shown' | 'step' | 'answered' | 'completed' | 'goal';

/** One row of `sql/funnel.sql`: the users of one segment who reached one stage. */
export interface FunnelRow {
  readonly guideId: string;
  readonly version: number;
  /** The touch tier of the user's first show (`unknown` when the export has none). */
  readonly tier: string;
  /** The plan of the user's first show (`unknown` when the export has none). */
  readonly plan: string;
  readonly stage: FunnelStage;
  /** The step's index for `step`, else -1. */
  readonly stepIndex: number;
  /** The step's id for `step`, else `''`. */
  readonly stepId: string;
  /** Distinct users. */
  readonly users: number;
}

/** One row of `sql/lift.sql`: goal rates of treatment and holdout, and the lift between them. */
export interface LiftRow {
  readonly guideId: string;
  readonly version: number;
  readonly treatmentUsers: number;
  readonly treatmentReached: number;
  readonly holdoutUsers: number;
  readonly holdoutReached: number;
  /** Share of treatment users who reached the goal, 0–1. */
  readonly treatmentRate: number;
  /** Share of holdout users who reached the goal, 0–1. */
  readonly holdoutRate: number;
  /** `treatmentRate - holdoutRate`: +0.08 is 8 percentage points. */
  readonly lift: number;
  /** The 95% interval of the lift. */
  readonly liftLow: number;
  readonly liftHigh: number;
  /**
   * More users (treatment and holdout, at the current split) needed to tell the observed lift
   * from zero at the 5% level with 80% power; 0 when there are enough, `null` when the lift is 0.
   */
  readonly usersNeeded: number | null;
}

/** A column of a guide's funnel: `shown`, one per tour step, `completed`, `goal`. */
export interface FunnelColumn {
  /** `shown`, `step:<stepId>`, `completed` or `goal`. */
  readonly key: string;
  /** For people: `shown`, the step id, `completed`, `goal reached`. */
  readonly label: string;
}

/** The funnel of one group of users: everyone, one touch tier, or one plan. */
export interface SegmentFunnel {
  readonly by: 'all' | 'tier' | 'plan';
  /** `all`, or the tier or plan. */
  readonly value: string;
  /** Users at each of the guide's columns, in order. */
  readonly users: readonly number[];
}

/** What the report says of one guide version. */
export interface GuideReport {
  readonly guideId: string;
  readonly version: number;
  readonly columns: readonly FunnelColumn[];
  /** Everyone first, then each tier, then each plan. */
  readonly segments: readonly SegmentFunnel[];
  /** Present when the guide has a rollout with both a treatment and a holdout. */
  readonly lift?: LiftRow;
}

/** A whole report: what was read and what it says per guide version. */
export interface Report {
  /** The file the events came from, as given. */
  readonly source: string;
  /** Events read. */
  readonly events: number;
  /** Distinct identified users in them. */
  readonly users: number;
  /** First and last event, epoch ms; `null` for an empty export. */
  readonly from: number | null;
  readonly until: number | null;
  /** By guide id, then version. */
  readonly guides: readonly GuideReport[];
}
