'use client';
import type { GuidepostDefinition, SegmentName } from '@guidepost/core';
import { useMemo } from 'react';
import type { RegisteredDefinition } from '../register/register';
import { useRule } from './use-rule';

/**
 * Whether the provider's user is in a segment of the definition; kept current like
 * `useTargeting`. An unknown name is false.
 *
 * @example
 * function TrialBadge() {
 *   return useSegment('trial') ? <span>Trial</span> : null;
 * }
 */
export function useSegment<D extends GuidepostDefinition = RegisteredDefinition>(
  name: SegmentName<D>,
): boolean {
  const rule = useMemo(() => ({ segment: name as string }), [name]);
  return useRule(rule, 'useSegment');
}
