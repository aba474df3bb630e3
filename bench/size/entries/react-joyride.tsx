import { useState } from 'react';
import { Joyride, type Step } from 'react-joyride';

const steps: Step[] = [
  {
    target: '#projects',
    title: 'Your projects',
    content: 'Every project you create is listed here.',
  },
  { target: '#new-project', title: 'Create a project', content: 'Start from a blank project.' },
  { target: '#export', title: 'Export your work', content: 'Download any project as CSV or PDF.' },
];

/** A three-step tour with react-joyride's component API, started by a button. */
export function WelcomeTour() {
  const [run, setRun] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setRun(true)}>
        Start tour
      </button>
      <Joyride run={run} continuous steps={steps} />
    </>
  );
}
