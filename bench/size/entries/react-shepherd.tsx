import type { ReactNode } from 'react';
import { ShepherdJourneyProvider, useShepherd } from 'react-shepherd';
import 'shepherd.js/dist/css/shepherd.css';

function StartButton() {
  const Shepherd = useShepherd();
  const start = () => {
    const tour = new Shepherd.Tour({
      useModalOverlay: true,
      defaultStepOptions: { cancelIcon: { enabled: true } },
    });
    const buttons = [
      { text: 'Back', action: () => tour.back() },
      { text: 'Next', action: () => tour.next() },
    ];
    tour.addSteps([
      {
        id: 'projects',
        title: 'Your projects',
        text: 'Every project you create is listed here.',
        attachTo: { element: '#projects', on: 'right' },
        buttons,
      },
      {
        id: 'create',
        title: 'Create a project',
        text: 'Start from a blank project.',
        attachTo: { element: '#new-project', on: 'bottom' },
        buttons,
      },
      {
        id: 'export',
        title: 'Export your work',
        text: 'Download any project as CSV or PDF.',
        attachTo: { element: '#export', on: 'bottom' },
        buttons,
      },
    ]);
    void tour.start();
  };
  return (
    <button type="button" onClick={start}>
      Start tour
    </button>
  );
}

/** A three-step tour with react-shepherd: the journey provider and `useShepherd`. */
export function WelcomeTour({ children }: { readonly children?: ReactNode }) {
  return (
    <ShepherdJourneyProvider>
      {children}
      <StartButton />
    </ShepherdJourneyProvider>
  );
}
