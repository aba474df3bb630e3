/**
 * The cycles in a graph of segments that use each other, each as the path that closes it
 * (`['a', 'b', 'a']`), found by one depth-first walk in definition order. Every segment on a
 * cycle is reachable from a reported one, so reporting these is enough to name every loop.
 */
export function findSegmentCycles(
  uses: ReadonlyMap<string, readonly string[]>,
): readonly (readonly string[])[] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();

  const visit = (name: string): void => {
    stack.push(name);
    onStack.add(name);
    for (const next of uses.get(name) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next) && uses.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(name);
    done.add(name);
  };

  for (const name of uses.keys()) if (!done.has(name)) visit(name);
  return cycles;
}
