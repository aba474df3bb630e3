import Shepherd from 'shepherd.js';
import 'shepherd.js/dist/css/shepherd.css';

/** Starts a three-step tour with shepherd.js: a modal overlay and Back / Next buttons. */
export function startWelcomeTour(): void {
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
}
