import {
  eventRules,
  attributeRules,
  type GuidepostError,
  type Rule,
  type UserAttributes,
} from '@guidepost/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSegment } from '../hooks/use-segment';
import { useTargeting } from '../hooks/use-targeting';
import { useTouchTier } from '../hooks/use-touch-tier';
import { TargetingProvider, type TargetingProviderProps } from './targeting-provider';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 11, 1, 12);
/** Signed up 13 days and 12 hours before the start: the 14th day begins 12 hours in. */
const signedUpAt = new Date(START - 13 * DAY - 12 * HOUR).toISOString();

const segments = {
  trial: { attr: 'plan', eq: 'trial' },
  newUser: { daysSince: 'signedUpAt', lte: 13 },
} satisfies Record<string, Rule>;
const touchModel = { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } };

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Banner({ rule }: { readonly rule: Rule }) {
  const trial = useSegment('trial');
  const fresh = useSegment('newUser');
  const tier = useTouchTier();
  const holds = useTargeting(rule);
  return (
    <ul>
      <li aria-label="trial">{trial ? 'yes' : 'no'}</li>
      <li aria-label="new user">{fresh ? 'yes' : 'no'}</li>
      <li aria-label="tier">{tier}</li>
      <li aria-label="rule">{holds ? 'holds' : 'fails'}</li>
    </ul>
  );
}

type Extra = Omit<TargetingProviderProps, 'user' | 'children'>;

function app(user: UserAttributes, rule: Rule, extra: Extra = {}) {
  return (
    <TargetingProvider user={user} segments={segments} touchModel={touchModel} {...extra}>
      <Banner rule={rule} />
    </TargetingProvider>
  );
}

const text = (label: string) => screen.getByLabelText(label).textContent;
const user = { id: 'u1', plan: 'trial', ltv: 9_000, signedUpAt };

describe('TargetingProvider', () => {
  it('answers segments, the tier and rules for its user, without an engine', () => {
    render(app(user, { all: [{ segment: 'trial' }, { tier: 'low' }] }));
    expect(text('trial')).toBe('yes');
    expect(text('new user')).toBe('yes');
    expect(text('tier')).toBe('low');
    expect(text('rule')).toBe('holds');
  });

  it('answers again when the user changes', () => {
    const view = render(app(user, { attr: 'plan', eq: 'pro' }));
    expect(text('rule')).toBe('fails');
    view.rerender(app({ ...user, plan: 'pro', ltv: 60_000 }, { attr: 'plan', eq: 'pro' }));
    expect(text('rule')).toBe('holds');
    expect(text('trial')).toBe('no');
    expect(text('tier')).toBe('high');
  });

  it('flips a date rule at its day boundary with one timer', async () => {
    render(app(user, { daysSince: 'signedUpAt', gte: 14 }));
    expect(text('rule')).toBe('fails');
    expect(text('new user')).toBe('yes');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(12 * HOUR);
    });
    expect(text('rule')).toBe('holds');
    expect(text('new user')).toBe('no');
  });

  it('refuses event rules until eventRules is registered, naming the import', () => {
    const onError = vi.fn<(error: GuidepostError) => void>();
    const events = { count: (name: string) => (name === 'export' ? 3 : 0) };
    const rule: Rule = { event: 'export', count: { gte: 2 } };
    const view = render(app(user, rule, { events, onError }));
    expect(text('rule')).toBe('fails');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        message: expect.stringContaining(
          "event rules are not registered; add eventRules from '@guidepost/core/targeting'",
        ) as string,
      }),
    );
    view.rerender(app(user, rule, { events, onError, kinds: [attributeRules, eventRules] }));
    expect(text('rule')).toBe('holds');
  });

  it('renders the same answers on the server', () => {
    const html = renderToString(app(user, { segment: 'trial' }));
    expect(html).toContain('holds');
    expect(html).toContain('low');
  });

  it('leaves hooks outside any provider with an error naming both providers', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Banner rule={{ segment: 'trial' }} />)).toThrow(
      '`useSegment` must be used within `GuidepostProvider` or `TargetingProvider`',
    );
  });
});
