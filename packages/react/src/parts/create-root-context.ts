import { createContext, useContext, type Context } from 'react';

/**
 * A component root's context and the hook its parts read it with, which throws, naming the part
 * and the root, when used outside the root.
 *
 * @example
 * export const [TourContext, useTourContext] = createRootContext<TourContextValue>('TourRoot', 'useTourContext');
 */
export function createRootContext<Value>(
  root: string,
  hook: string,
): readonly [Context<Value | null>, (part?: string) => Value] {
  const RootContext = createContext<Value | null>(null);
  function useRootContext(part = hook): Value {
    const context = useContext(RootContext);
    if (context === null) throw new Error(`\`${part}\` must be used within \`${root}\``);
    return context;
  }
  return [RootContext, useRootContext];
}
