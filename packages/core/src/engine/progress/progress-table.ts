/** What a step transition needs besides the stored progress. */
export interface TransitionInput {
  /** The guide's step ids in order; empty for guides without steps. */
  readonly stepIds: readonly string[];
  /** Epoch ms from the engine's clock. */
  readonly now: number;
}

/** True for the statuses a guide never leaves within one version, except through a reset. */
export function isTerminal(status: string): status is 'completed' | 'dismissed' {
  return status === 'completed' || status === 'dismissed';
}
