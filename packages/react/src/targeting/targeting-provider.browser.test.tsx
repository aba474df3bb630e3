import { defineGuidepost, memoryAdapter, type Rule, type UserAttributes } from '@guidepost/core';
import { cleanup, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useSegment } from '../hooks/use-segment';
import { useTargeting } from '../hooks/use-targeting';
import { useTouchTier } from '../hooks/use-touch-tier';
import { GuidepostProvider } from '../provider/guidepost-provider';
import { TargetingProvider } from './targeting-provider';

const definition = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
  guides: {},
});
const upgradeOffer: Rule = { all: [{ segment: 'trial' }, { tier: 'low' }] };

afterEach(cleanup);

function Offer() {
  const offered = useTargeting(upgradeOffer);
  const trial = useSegment('trial');
  const tier = useTouchTier();
  return (
    <section aria-label="offer">
      <p>{trial ? 'On trial' : 'Subscribed'}</p>
      <p>Tier: {tier}</p>
      {offered ? <p role="status">Upgrade today and keep your projects.</p> : null}
    </section>
  );
}

function Shop({
  wrap,
}: {
  readonly wrap: (user: UserAttributes, children: ReactNode) => ReactNode;
}) {
  const [plan, setPlan] = useState('trial');
  return (
    <>
      <button type="button" onClick={() => setPlan('pro')}>
        Subscribe
      </button>
      {wrap({ id: 'u1', plan, ltv: 9_000 }, <Offer />)}
    </>
  );
}

describe.each([
  [
    'TargetingProvider',
    (user: UserAttributes, children: ReactNode) => (
      <TargetingProvider
        user={user}
        segments={definition.segments}
        touchModel={definition.touchModel}
      >
        {children}
      </TargetingProvider>
    ),
  ],
  [
    'GuidepostProvider',
    (user: UserAttributes, children: ReactNode) => (
      <GuidepostProvider definition={definition} storage={memoryAdapter()} user={user}>
        {children}
      </GuidepostProvider>
    ),
  ],
])('a plan-gated offer under %s', (_name, wrap) => {
  it('shows to a low-touch trial user and goes away once they subscribe', async () => {
    render(<Shop wrap={wrap} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Upgrade today');
    expect(screen.getByText('Tier: low')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Subscribed')).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
