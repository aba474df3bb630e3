import { TourProvider, useTour, type StepType } from '@reactour/tour';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

const steps: StepType[] = BENCH_STEPS.map((step) => ({
  selector: `#${step.target}`,
  content: `${step.title}: ${step.body}`,
  position: step.placement,
}));

function StartButton() {
  const { setIsOpen } = useTour();
  return (
    <button
      type="button"
      id={START_BUTTON_ID}
      className="bench-start"
      onClick={() => setIsOpen(true)}
    >
      Start tour
    </button>
  );
}

installBenchPage({
  popover: '.reactour__popover',
  next: '.reactour__popover button[aria-label="Go to next step"]',
  close: '.reactour__popover .reactour__close-button',
  render: (host) => (
    <TourProvider steps={steps}>
      {host}
      <StartButton />
    </TourProvider>
  ),
});
