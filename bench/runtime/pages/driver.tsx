import { driver } from 'driver.js';
import 'driver.js/dist/driver.css';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

function startTour() {
  driver({
    showProgress: true,
    steps: BENCH_STEPS.map((step) => ({
      element: `#${step.target}`,
      popover: { title: step.title, description: step.body, side: step.placement },
    })),
  }).drive();
}

installBenchPage({
  popover: '.driver-popover',
  next: '.driver-popover-next-btn',
  close: '.driver-popover-close-btn',
  render: (host) => (
    <>
      {host}
      <button type="button" id={START_BUTTON_ID} className="bench-start" onClick={startTour}>
        Start tour
      </button>
    </>
  ),
});
