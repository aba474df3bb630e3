import { Steps } from 'intro.js-react';
import 'intro.js/introjs.css';
import { useState } from 'react';

const steps = [
  {
    element: '#projects',
    title: 'Your projects',
    intro: 'Every project you create is listed here.',
  },
  { element: '#new-project', title: 'Create a project', intro: 'Start from a blank project.' },
  { element: '#export', title: 'Export your work', intro: 'Download any project as CSV or PDF.' },
];

/** A three-step tour with intro.js-react's `Steps`, enabled by a button. */
export function WelcomeTour() {
  const [enabled, setEnabled] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setEnabled(true)}>
        Start tour
      </button>
      <Steps enabled={enabled} steps={steps} initialStep={0} onExit={() => setEnabled(false)} />
    </>
  );
}
