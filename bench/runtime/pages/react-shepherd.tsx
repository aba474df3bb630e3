import { ShepherdJourneyProvider, useShepherd } from 'react-shepherd';
import 'shepherd.js/dist/css/shepherd.css';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

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
    tour.addSteps(
      BENCH_STEPS.map((step) => ({
        id: step.target,
        title: step.title,
        text: step.body,
        attachTo: { element: `#${step.target}`, on: step.placement },
        buttons,
      })),
    );
    void tour.start();
  };
  return (
    <button type="button" id={START_BUTTON_ID} className="bench-start" onClick={start}>
      Start tour
    </button>
  );
}

installBenchPage({
  popover: '.shepherd-element',
  next: '.shepherd-element .shepherd-footer .shepherd-button:last-child',
  close: '.shepherd-element .shepherd-cancel-icon',
  render: (host) => (
    <ShepherdJourneyProvider>
      {host}
      <StartButton />
    </ShepherdJourneyProvider>
  ),
});
