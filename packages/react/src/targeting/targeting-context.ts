'use client';
import type { Rule, TouchTier } from '@guidepost/core';
import { createContext, useContext } from 'react';

/**
 * What the targeting hooks read: answers for the current user, and ways to hear that they may
 * have changed. `GuidepostProvider` gives its engine (whose clock and timer are the only ones),
 * `TargetingProvider` its targeting without an engine.
 */
export interface TargetingSource {
  /** Calls `onChange` whenever answers may have changed; returns the unsubscribe. */
  readonly subscribe: (onChange: () => void) => () => void;
  /**
   * Calls `onChange` whenever `rule` may have changed, its time boundaries included; returns
   * the unsubscribe.
   */
  readonly watch: (rule: Rule, onChange: () => void) => () => void;
  /** Whether `rule` holds now; with `server`, as rendered on the server and in hydration. */
  readonly holds: (rule: Rule, server: boolean) => boolean;
  /** The user's touch tier; with `server`, as rendered on the server and in hydration. */
  readonly tier: (server: boolean) => TouchTier;
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
