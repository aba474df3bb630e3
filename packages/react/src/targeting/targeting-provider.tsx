'use client';
import {
  attributeRules,
  createLeanTargeting,
  dateRules,
  nextRuleBoundary,
  segmentRules,
  tierRules,
  type EventHistory,
  type GuidepostError,
  type GuideStateReader,
  type Rule,
  type RuleKinds,
  type ScopeInput,
  type TouchModelRules,
  type UserAttributes,
} from '@guidepost/core';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { TargetingContext, type TargetingSource } from './targeting-context';
import { watchRuleTimer } from './watch-rule-timer';

/** The rule kinds a `TargetingProvider` knows when given none: attributes, segments, tiers, dates. */
const DEFAULT_KINDS: RuleKinds = [attributeRules, segmentRules, tierRules, dateRules];

const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

const noSubscription = (): (() => void) => () => undefined;

/** Props of `TargetingProvider`. */
export interface TargetingProviderProps {
  /** The user rules are evaluated for. */
  readonly user: UserAttributes;
  /** Named rules that `segment` rules and `useSegment` refer to (a definition's `segments`). */
  readonly segments?: Readonly<Record<string, Rule>>;
  /** The rules that pick the touch tier (a definition's `touchModel`); without it, `tech`. */
  readonly touchModel?: TouchModelRules;
  /**
   * The rule kinds the hooks may use. Add `eventRules` with `events`, `guideStateRules` with
   * `guide`, or `rolloutRules`, all from `@guidepost/core`. A rule of a kind left out never
   * holds and is reported to `onError` with the import that registers it.
   * @default [attributeRules, segmentRules, tierRules, dateRules]
   */
  readonly kinds?: RuleKinds;
  /** Usage counts for `event` rules (with `eventRules`); none means every count is 0. */
  readonly events?: EventHistory;
  /** Other guides' states for `guide` rules (with `guideStateRules`); none means false. */
  readonly guide?: GuideStateReader;
  /** The clock, in epoch ms, time rules are judged by. @default Date.now */
  readonly now?: () => number;
  /** Told when a rule cannot be read or a function rule throws. @default console.warn */
  readonly onError?: (error: GuidepostError) => void;
  readonly children?: ReactNode;
}

/**
 * Targeting for React without the guide engine: `useTargeting`, `useSegment` and
 * `useTouchTier` answer for `user` from the rules given here, and a time rule flips on time
 * through one timer. It loads no engine, storage, analytics or component, and compiles only
 * the rule kinds in `kinds`. Answers follow the props: pass a new `user` or `events` to
 * re-evaluate. Segments and the touch model are compiled again when their objects change, so
 * keep them stable (module constants, or a definition's `segments` and `touchModel`).
 *
 * @example
 * const segments = { trial: { attr: 'plan', eq: 'trial' } } as const;
 *
 * function App({ user }: { readonly user: UserAttributes }) {
 *   return (
 *     <TargetingProvider user={user} segments={segments}>
 *       <UpgradeBanner />
 *     </TargetingProvider>
 *   );
 * }
 */
export function TargetingProvider(props: TargetingProviderProps) {
  const { user, segments, touchModel, kinds, events, guide, now, children } = props;
  const onError = useRef(props.onError);
  useClientLayoutEffect(() => {
    onError.current = props.onError;
  });
  const targeting = useMemo(
    () =>
      createLeanTargeting({
        kinds: kinds ?? DEFAULT_KINDS,
        ...(segments === undefined ? {} : { segments }),
        ...(touchModel === undefined ? {} : { touchModel }),
        onError: (error) => (onError.current ?? console.warn)(error),
      }),
    [kinds, segments, touchModel],
  );
  const source = useMemo<TargetingSource>(() => {
    const clock = now ?? Date.now;
    const input = (at: number): ScopeInput => ({
      user,
      now: at,
      ...(events === undefined ? {} : { events }),
      ...(guide === undefined ? {} : { guide }),
    });
    return {
      subscribe: noSubscription,
      watch: (rule, onChange) =>
        watchRuleTimer(clock, (at) => nextRuleBoundary(targeting, rule, input(at)), onChange),
      holds: (rule) => targeting.evaluate(rule, input(clock())),
      tier: () => targeting.tier(input(clock())),
    };
  }, [targeting, user, events, guide, now]);
  return <TargetingContext.Provider value={source}>{children}</TargetingContext.Provider>;
}
