import { defineGuidepost } from '@guidepost/core';
import { GuidepostProvider, useTargeting } from '@guidepost/react';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  guides: {},
});

function UpgradeBanner() {
  const late = useTargeting({ all: [{ segment: 'trial' }, { daysSince: 'signedUpAt', gte: 10 }] });
  return late ? <p>Your trial ends soon.</p> : null;
}

/** Targeting only: the provider and one `useTargeting` rule, no component. */
export function App({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides} user={{ id: 'u1', plan: 'trial', signedUpAt: 0 }}>
      <UpgradeBanner />
      {children}
    </GuidepostProvider>
  );
}
