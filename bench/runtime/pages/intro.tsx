import introJs from 'intro.js';
import 'intro.js/introjs.css';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

function startTour() {
  void introJs
    .tour()
    .setOptions({
      steps: BENCH_STEPS.map((step) => ({
        element: `#${step.target}`,
        title: step.title,
        intro: step.body,
        position: step.placement,
      })),
    })
    .start();
}

installBenchPage({
  popover: '.introjs-tooltip',
  next: '.introjs-tooltip .introjs-nextbutton',
  close: '.introjs-tooltip .introjs-skipbutton',
  render: (host) => (
    <>
      {host}
      <button type="button" id={START_BUTTON_ID} className="bench-start" onClick={startTour}>
        Start tour
      </button>
    </>
  ),
});
