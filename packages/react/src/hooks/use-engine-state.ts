'use client';
import type { Guidepost, GuidepostState } from '@guidepost/core';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * A slice of the engine's state, read through one `useSyncExternalStore`: re-renders only when
 * the selected value changes (by `Object.is`), and on the server and during hydration reads the
 * engine's server snapshot (`getServerSnapshot()`), where nothing is loaded or open. Keep
 * `select` stable (`useCallback`) and returning values the state already holds.
 *
 * @example
 * const open = useEngineState(guidepost, useCallback((state) => state.guides.welcome.open, []));
 */
export function useEngineState<T>(engine: Guidepost, select: (state: GuidepostState) => T): T {
  const getSnapshot = useCallback(() => select(engine.getState()), [engine, select]);
  const getServerSnapshot = useCallback(() => select(engine.getServerSnapshot()), [engine, select]);
  return useSyncExternalStore(engine.subscribe, getSnapshot, getServerSnapshot);
}
