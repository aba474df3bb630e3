import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineGuidepost } from '../guides';
import { memoryAdapter } from '../persistence';
import { createGuidepost } from './create-guidepost';

const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an engine created in Node', () => {
  it('waits for its next time boundary without keeping the process alive', () => {
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const definition = defineGuidepost({
      guides: {
        release: {
          kind: 'announcement',
          title: 'New: bulk export',
          schedule: { until: new Date(Date.now() + 3 * DAY).toISOString() },
        },
      },
    });
    const engine = createGuidepost(definition, {
      user: { id: 'u1' },
      storage: memoryAdapter(),
      locks: null,
    });
    const handles = timeout.mock.results.map(
      (result) => result.value as ReturnType<typeof setTimeout>,
    );
    expect(handles.length).toBeGreaterThan(0);
    // A timer that holds no reference lets `node script.js` exit without `destroy()`.
    expect(handles.map((handle) => handle.hasRef())).toEqual(handles.map(() => false));
    engine.destroy();
  });
});
