import { defineGuidepost } from '@guidepost/core';
import { GuidepostProvider } from '@guidepost/react';
import type { ReactNode } from 'react';

const guides = defineGuidepost({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  guides: {},
});

/** The provider alone, over the same definition as the `useTargeting` entry, with no hook or component. */
export function App({ children }: { readonly children?: ReactNode }) {
  return (
    <GuidepostProvider definition={guides} user={{ id: 'u1', plan: 'trial', signedUpAt: 0 }}>
      {children}
    </GuidepostProvider>
  );
}
