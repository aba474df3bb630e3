import { useTrack } from '@guidepost/react';
import { useEffect } from 'react';
import type { DemoCopy } from './demo-copy';

/** Props of {@link BillingPage}. */
export interface BillingPageProps {
  readonly copy: DemoCopy;
  readonly plan: string;
}

/** The plans, and the one the user is on; opening the page counts as reviewing the plan. */
export function BillingPage({ copy, plan }: BillingPageProps) {
  const track = useTrack();
  useEffect(() => {
    track('billing_viewed');
  }, [track]);
  const text = copy.billing;
  return (
    <>
      <h1>{text.title}</h1>
      <p>{text.current(plan)}</p>
      <ul className="demo-plans">
        {text.plans.map(({ name, price }) => (
          <li key={name} aria-current={name.toLowerCase() === plan ? 'true' : undefined}>
            <strong>{name}</strong>
            <span>{price}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
