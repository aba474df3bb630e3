import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it.each([
    ['runs the task when the browser reports idle time', false, 1],
    ['never runs a task cancelled before that', true, 0],
  ])('%s', (_, cancel, runs) => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => callbacks.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => callbacks.splice(handle - 1, 1));
    const task = vi.fn();
    const stop = whenIdle(task);
    if (cancel) stop();
    callbacks.forEach((callback) => callback());
    expect(task).toHaveBeenCalledTimes(runs);
  });

  it.each([
    ['runs the task after a short delay without requestIdleCallback', false, 1],
    ['never runs it once cancelled', true, 0],
  ])('%s', (_, cancel, runs) => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    const stop = whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    if (cancel) stop();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(runs);
  });
});
