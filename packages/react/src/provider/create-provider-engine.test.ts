import { memoryAdapter, type GuidepostState, type StorageAdapter } from '@guidepost/core';
import { describe, expect, it, vi } from 'vitest';
import { createProviderEngine } from './create-provider-engine';
import { definition, eventLog } from './testing/fixtures';

function setup() {
  const log = eventLog();
  const base = memoryAdapter();
  const load = vi.fn(base.load);
  const unsubscribe = vi.fn();
  const storage: StorageAdapter = { ...base, load, subscribe: () => unsubscribe };
  const engine = createProviderEngine(definition, () => ({
    user: { id: 'u1' },
    storage,
    locks: null,
    onEvent: log.onEvent,
  }));
  return { engine, log, load, unsubscribe };
}

const microtask = () => Promise.resolve();

describe('createProviderEngine', () => {
  it('does nothing until retained, and reads as nothing shown', () => {
    const { engine, load, log } = setup();
    const state = engine.getState();
    expect(load).not.toHaveBeenCalled();
    expect(log.events).toEqual([]);
    expect(state.ready).toBe(false);
    expect(Object.values(state.guides).map((guide) => guide.open)).toEqual([false]);
    expect(engine.getInitialState()).toBe(state);
  });

  it('starts when retained and tells subscribers', () => {
    const { engine, load } = setup();
    const listener = vi.fn<(state: GuidepostState) => void>();
    engine.subscribe(listener);
    engine.retain();
    expect(load).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledOnce();
    expect(engine.getState().guides['welcome']?.open).toBe(true);
  });

  it('keeps the engine when retained again before the next microtask', async () => {
    const { engine, load, unsubscribe, log } = setup();
    const release = engine.retain();
    release();
    engine.retain();
    await microtask();
    expect(load).toHaveBeenCalledOnce();
    expect(unsubscribe).not.toHaveBeenCalled();
    expect(log.named('guide_shown')).toHaveLength(1);
  });

  it('destroys the engine once released, and starts a new one when retained again', async () => {
    const { engine, load, unsubscribe } = setup();
    engine.retain()();
    await microtask();
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(engine.getState().guides['welcome']?.open).toBe(false);

    engine.next('welcome');
    expect(load).toHaveBeenCalledOnce();

    engine.retain();
    expect(load).toHaveBeenCalledTimes(2);
    expect(engine.getState().guides['welcome']?.open).toBe(true);
  });

  it('starts on a first action before it is retained', () => {
    const { engine, load, log } = setup();
    engine.track('project_created');
    expect(load).toHaveBeenCalledOnce();
    engine.retain();
    expect(load).toHaveBeenCalledOnce();
    expect(log.named('guide_shown')).toHaveLength(1);
  });

  it('stays destroyed after destroy()', async () => {
    const { engine, load, unsubscribe, log } = setup();
    engine.retain();
    engine.destroy();
    expect(unsubscribe).toHaveBeenCalledOnce();
    engine.retain();
    engine.next('welcome');
    await microtask();
    expect(load).toHaveBeenCalledOnce();
    expect(log.named('step_viewed')).toHaveLength(1);
  });
});
