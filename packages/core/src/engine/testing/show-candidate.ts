import type { ShowCandidate } from '../pacing/plan-shows';

/** A modal guide that may show (its audience passed, not open, not claiming), with `overrides`. */
export function candidate(id: string, overrides: Partial<ShowCandidate> = {}): ShowCandidate {
  return {
    id,
    channel: 'modal',
    priority: 0,
    order: 0,
    passed: true,
    open: false,
    claiming: false,
    ...overrides,
  };
}
