import { createGuidepost, memoryAdapter } from '@guidepost/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { definition } from '../provider/testing/fixtures';
import { useSegment } from './use-segment';
import { useTrack, type TrackFunction } from './use-track';

afterEach(cleanup);

describe('useTrack', () => {
  it('records events with the engine and keeps one function across renders', () => {
    const engine = createGuidepost(definition, { storage: memoryAdapter(), locks: null });
    const tracks: TrackFunction[] = [];
    function CreateProject() {
      const track = useTrack();
      tracks.push(track);
      const activated = useSegment('activated');
      return (
        <button onClick={() => track('project_created', { from: 'test' })}>
          {activated ? 'Create another' : 'Create'}
        </button>
      );
    }
    render(
      <GuidepostProvider guidepost={engine}>
        <CreateProject />
      </GuidepostProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('button', { name: 'Create another' })).toBeInstanceOf(HTMLElement);
    expect(engine.getState().snapshot.events['project_created']?.count).toBe(1);
    expect(tracks.length).toBeGreaterThan(1);
    expect(new Set(tracks).size).toBe(1);
  });
});
