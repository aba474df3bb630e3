import { driver } from 'driver.js';
import 'driver.js/dist/driver.css';

/** Starts a three-step tour with driver.js, as its docs show. */
export function startWelcomeTour(): void {
  driver({
    showProgress: true,
    steps: [
      {
        element: '#projects',
        popover: {
          title: 'Your projects',
          description: 'Every project you create is listed here.',
        },
      },
      {
        element: '#new-project',
        popover: { title: 'Create a project', description: 'Start from a blank project.' },
      },
      {
        element: '#export',
        popover: { title: 'Export your work', description: 'Download any project as CSV or PDF.' },
      },
    ],
  }).drive();
}
