/** `setTimeout` holds at most a signed 32-bit delay; a later boundary is reached in hops. */
const MAX_DELAY = 2_147_483_647;

/**
 * Watches one rule of a `TargetingProvider`, which has no engine and so no engine timer: one
 * timer aimed at the rule's next time boundary, aimed again each time it fires, so a time rule
 * flips on time without polling. Returns the unsubscribe.
 *
 * @example
 * const stop = watchRuleTimer(() => Date.now(), (at) => nextRuleBoundary(targeting, rule, input(at)), onChange);
 */
export function watchRuleTimer(
  now: () => number,
  nextBoundary: (at: number) => number | undefined,
  onChange: () => void,
): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const aim = () => {
    const current = now();
    const next = nextBoundary(current);
    if (next === undefined || next <= current) return;
    handle = setTimeout(
      () => {
        handle = undefined;
        onChange();
        aim();
      },
      Math.min(next - current, MAX_DELAY),
    );
  };
  aim();
  return () => {
    if (handle !== undefined) clearTimeout(handle);
  };
}
