'use client';
import type { EventName, GuidepostDefinition } from '@guidepost/core';
import { useCallback } from 'react';
import { useGuidepostContext } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';

/** Records a usage event with the provider's engine. */
export type TrackFunction<D extends GuidepostDefinition = RegisteredDefinition> = (
  event: EventName<D>,
  props?: Readonly<Record<string, unknown>>,
) => void;

/**
 * A `track` function for the provider's engine, the same one across renders, for handlers and
 * effect dependencies. Calling it never re-renders the caller.
 *
 * @example
 * function CreateProject() {
 *   const track = useTrack();
 *   return <button onClick={() => track('project_created')}>Create</button>;
 * }
 */
export function useTrack<D extends GuidepostDefinition = RegisteredDefinition>(): TrackFunction<D> {
  const { guidepost } = useGuidepostContext('useTrack');
  return useCallback<TrackFunction<D>>(
    (event, props) => guidepost.track(event as string, props),
    [guidepost],
  );
}
