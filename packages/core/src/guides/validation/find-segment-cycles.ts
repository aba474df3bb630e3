/**
 * One cycle for each group of segments that use each other (a strongly connected component of
 * the graph, or a segment that uses itself), as the path that closes it (`['a', 'b', 'a']`).
 * The cycle starts at the group's first segment in definition order and is a shortest one
 * through it. Every segment of a group is reachable from that one, so one cycle per group is
 * enough to name every loop, and the cost stays linear in segments plus uses: a dense graph of
 * 1,000 segments has hundreds of millions of cycles but one group.
 */
export function findSegmentCycles(
  uses: ReadonlyMap<string, readonly string[]>,
): readonly (readonly string[])[] {
  const order = new Map<string, number>();
  for (const name of uses.keys()) order.set(name, order.size);
  const cycles: string[][] = [];
  for (const group of stronglyConnectedGroups(uses)) {
    const first = group.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
    const cycle = shortestCycleThrough(first, new Set(group), uses);
    if (cycle !== undefined) cycles.push(cycle);
  }
  const position = (cycle: readonly string[]) => order.get(cycle[0] ?? '') ?? 0;
  return cycles.sort((a, b) => position(a) - position(b));
}

/**
 * Tarjan's algorithm, with an explicit stack so a chain of 1,000 segments cannot overflow the
 * call stack. Only groups that can hold a cycle are returned: two or more segments, or one that
 * uses itself.
 */
function stronglyConnectedGroups(uses: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const neighbours = (name: string) => (uses.get(name) ?? []).filter((next) => uses.has(next));

  for (const root of uses.keys()) {
    if (index.has(root)) continue;
    const frames: { name: string; next: readonly string[]; at: number }[] = [];
    const enter = (name: string) => {
      index.set(name, index.size);
      lowLink.set(name, index.get(name) ?? 0);
      stack.push(name);
      onStack.add(name);
      frames.push({ name, next: neighbours(name), at: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as (typeof frames)[number];
      if (frame.at < frame.next.length) {
        const next = frame.next[frame.at++] as string;
        if (!index.has(next)) enter(next);
        else if (onStack.has(next)) lower(frame.name, index.get(next) ?? 0);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) lower(parent.name, lowLink.get(frame.name) ?? 0);
      if (lowLink.get(frame.name) !== index.get(frame.name)) continue;
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.name);
      if (group.length > 1 || frame.next.includes(frame.name)) groups.push(group.reverse());
    }
  }
  return groups;

  function lower(name: string, value: number): void {
    if (value < (lowLink.get(name) ?? 0)) lowLink.set(name, value);
  }
}

/** A breadth-first walk inside one group from `start` back to it. */
function shortestCycleThrough(
  start: string,
  group: ReadonlySet<string>,
  uses: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const name = queue[head] as string;
    for (const next of uses.get(name) ?? []) {
      if (next === start) {
        const back: string[] = [];
        let at: string | undefined = name;
        while (at !== undefined && at !== start) {
          back.push(at);
          at = cameFrom.get(at);
        }
        return [start, ...back.reverse(), start];
      }
      if (!group.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, name);
      queue.push(next);
    }
  }
  return undefined;
}
