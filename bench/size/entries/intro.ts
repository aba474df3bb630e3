import introJs from 'intro.js';
import 'intro.js/introjs.css';

/** Starts a three-step tour with intro.js's tour API. */
export function startWelcomeTour(): void {
  void introJs
    .tour()
    .setOptions({
      steps: [
        {
          element: '#projects',
          title: 'Your projects',
          intro: 'Every project you create is listed here.',
        },
        {
          element: '#new-project',
          title: 'Create a project',
          intro: 'Start from a blank project.',
        },
        {
          element: '#export',
          title: 'Export your work',
          intro: 'Download any project as CSV or PDF.',
        },
      ],
    })
    .start();
}
