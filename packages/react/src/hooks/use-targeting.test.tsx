import { memoryAdapter, type Rule } from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { definition } from '../provider/testing/fixtures';
import { useTargeting } from './use-targeting';
import { useTrack } from './use-track';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 11, 1, 12);
/** Signed up 13 days and 12 hours before the start: the 14th day begins 12 hours in. */
const signedUpAt = new Date(START - 13 * DAY - 12 * HOUR).toISOString();

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let trackEvent: ReturnType<typeof useTrack> | undefined;

function Gate({ rule }: { readonly rule: Rule }) {
  trackEvent = useTrack();
  return <p aria-label="gate">{useTargeting(rule) ? 'shown' : 'hidden'}</p>;
}

async function mount(rule: Rule) {
  const view = render(
    <GuidepostProvider
      definition={definition}
      storage={memoryAdapter()}
      user={{ id: 'u1', signedUpAt }}
    >
      <Gate rule={rule} />
    </GuidepostProvider>,
  );
  await act(async () => {
    await Promise.resolve();
  });
  return view;
}

const gate = () => screen.getByLabelText('gate').textContent;

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useTargeting', () => {
  it.each<[string, Rule, string, string]>([
    ['daysSince lte 13', { daysSince: 'signedUpAt', lte: 13 }, 'shown', 'hidden'],
    ['daysSince gte 14', { daysSince: 'signedUpAt', gte: 14 }, 'hidden', 'shown'],
    ['not daysSince gte 14', { not: { daysSince: 'signedUpAt', gte: 14 } }, 'shown', 'hidden'],
  ])('flips %s at the day boundary with one timer', async (_, rule, before, after) => {
    await mount(rule);
    expect(gate()).toBe(before);
    expect(vi.getTimerCount()).toBe(1);

    await advance(12 * HOUR - 1);
    expect(gate()).toBe(before);
    expect(vi.getTimerCount()).toBe(1);

    await advance(1);
    expect(gate()).toBe(after);
    // Once the day count has passed its bound, time can no longer change the answer.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a segment with a time rule to its boundary', async () => {
    await mount({ segment: 'newUser' });
    expect(gate()).toBe('shown');
    await advance(DAY + 12 * HOUR);
    expect(gate()).toBe('hidden');
  });

  it('sets one timer however often the component renders the same rule', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { rerender } = await mount({ daysSince: 'signedUpAt', lte: 13 });
    const afterMount = setTimeoutSpy.mock.calls.length;
    for (let i = 0; i < 5; i += 1) {
      rerender(
        <GuidepostProvider
          definition={definition}
          storage={memoryAdapter()}
          user={{ id: 'u1', signedUpAt }}
        >
          <Gate rule={{ daysSince: 'signedUpAt', lte: 13 }} />
        </GuidepostProvider>,
      );
    }
    expect(setTimeoutSpy.mock.calls.length).toBe(afterMount);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('re-evaluates when events are tracked and drops a windowed count on time', async () => {
    await mount({ event: 'project_created', within: '7d' });
    expect(gate()).toBe('hidden');
    expect(vi.getTimerCount()).toBe(0);

    act(() => trackEvent?.('project_created'));
    expect(gate()).toBe('shown');
    expect(vi.getTimerCount()).toBe(1);

    await advance(7 * DAY);
    expect(gate()).toBe('hidden');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps one timer under StrictMode', async () => {
    render(
      <StrictMode>
        <GuidepostProvider
          definition={definition}
          storage={memoryAdapter()}
          user={{ id: 'u1', signedUpAt }}
        >
          <Gate rule={{ daysSince: 'signedUpAt', lte: 13 }} />
        </GuidepostProvider>
      </StrictMode>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    expect(vi.getTimerCount()).toBe(1);
    await advance(12 * HOUR);
    expect(gate()).toBe('hidden');
  });

  it('clears its timer when the component unmounts', async () => {
    const view = await mount({ daysSince: 'signedUpAt', lte: 13 });
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
