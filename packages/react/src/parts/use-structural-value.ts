'use client';
import { useRef } from 'react';
import { isSameValue } from './is-same-value';

/**
 * The value, or the one from an earlier render when it is equal by value, so a rule written as
 * an object literal in render does not look new to effects and subscriptions every time.
 *
 * @example
 * const stableRule = useStructuralValue({ daysSince: 'signedUpAt', lte: 14 });
 */
export function useStructuralValue<T>(value: T): T {
  const kept = useRef(value);
  // Adopting an equal value is idempotent, so a render React discards leaves nothing wrong.
  if (!isSameValue(kept.current, value)) kept.current = value;
  return kept.current;
}
