import { TourProvider, useTour, type StepType } from '@reactour/tour';
import type { ReactNode } from 'react';

const steps: StepType[] = [
  { selector: '#projects', content: 'Your projects: every project you create is listed here.' },
  { selector: '#new-project', content: 'Create a project: start from a blank project.' },
  { selector: '#export', content: 'Export your work: download any project as CSV or PDF.' },
];

function StartButton() {
  const { setIsOpen } = useTour();
  return (
    <button type="button" onClick={() => setIsOpen(true)}>
      Start tour
    </button>
  );
}

/** A three-step tour with @reactour/tour: the provider at the root, `useTour` to open it. */
export function WelcomeTour({ children }: { readonly children?: ReactNode }) {
  return (
    <TourProvider steps={steps}>
      {children}
      <StartButton />
    </TourProvider>
  );
}
