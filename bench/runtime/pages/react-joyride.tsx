import { useState } from 'react';
import { Joyride, type Step } from 'react-joyride';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

const steps: Step[] = BENCH_STEPS.map((step) => ({
  target: `#${step.target}`,
  title: step.title,
  content: step.body,
  placement: step.placement,
}));

function JoyrideTour() {
  const [run, setRun] = useState(false);
  return (
    <>
      <button
        type="button"
        id={START_BUTTON_ID}
        className="bench-start"
        onClick={() => setRun(true)}
      >
        Start tour
      </button>
      <Joyride run={run} continuous steps={steps} options={{ skipBeacon: true }} />
    </>
  );
}

installBenchPage({
  popover: '.react-joyride__tooltip',
  next: '.react-joyride__tooltip [data-action="primary"]',
  render: (host) => (
    <>
      {host}
      <JoyrideTour />
    </>
  ),
});
