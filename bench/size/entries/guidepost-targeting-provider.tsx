import { TargetingProvider, useTargeting } from '@guidepost/react';
import type { ReactNode } from 'react';

const segments = { trial: { attr: 'plan', eq: 'trial' } } as const;
const touchModel = { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } };

function UpgradeBanner() {
  const late = useTargeting({
    all: [{ segment: 'trial' }, { tier: 'tech' }, { daysSince: 'signedUpAt', gte: 10 }],
  });
  return late ? <p>Your trial ends soon.</p> : null;
}

/** Targeting without the engine: `TargetingProvider` and one `useTargeting` rule. */
export function App({ children }: { readonly children?: ReactNode }) {
  return (
    <TargetingProvider
      user={{ id: 'u1', plan: 'trial', ltv: 0, signedUpAt: 0 }}
      segments={segments}
      touchModel={touchModel}
    >
      <UpgradeBanner />
      {children}
    </TargetingProvider>
  );
}
