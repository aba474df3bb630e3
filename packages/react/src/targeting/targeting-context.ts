'use client';
import type { Rule, TouchTier } from '@guidepost/core';
import { createContext, useContext } from 'react';

/**
 * What the targeting hooks read: answers for the current user, a way to hear that they may
 * have changed, and optionally when a rule next changes through time alone. `GuidepostProvider`
 * gives one backed by its engine, `TargetingProvider` one with no engine at all.
 */
export interface TargetingSource {
  /** Calls `onChange` whenever answers may have changed; returns the unsubscribe. */
  readonly subscribe: (onChange: () => void) => () => void;
  /** Whether `rule` holds at `now`; with `server`, as rendered on the server and in hydration. */
  readonly holds: (rule: Rule, now: number, server: boolean) => boolean;
  /** The user's touch tier; with `server`, as rendered on the server and in hydration. */
  readonly tier: (server: boolean) => TouchTier;
  /** When `rule` could next change through time alone; absent means hooks set no timer. */
  readonly nextBoundary?: (rule: Rule, now: number) => number | undefined;
  /** The clock time rules are judged by, in epoch ms. */
  readonly now: () => number;
}

/** The targeting of the nearest `GuidepostProvider` or `TargetingProvider`; `null` outside. */
export const TargetingContext = createContext<TargetingSource | null>(null);

/**
 * The nearest provider's targeting. Throws, naming the caller and both providers, outside one.
 *
 * @param caller The name of the calling hook, for the error message.
 * @example
 * const source = useTargetingSource('useSegment');
 */
export function useTargetingSource(caller: string): TargetingSource {
  const source = useContext(TargetingContext);
  if (source === null) {
    throw new Error(
      `\`${caller}\` must be used within \`GuidepostProvider\` or \`TargetingProvider\``,
    );
  }
  return source;
}
