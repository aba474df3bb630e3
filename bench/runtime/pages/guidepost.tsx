import { defineGuidepost, memoryAdapter } from '@guidepost/core';
import { GuidepostProvider, Tour, useTour } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { installBenchPage } from '../bench-page';
import { BENCH_STEPS, START_BUTTON_ID } from '../bench-steps';

const definition = defineGuidepost({
  guides: {
    bench: {
      kind: 'tour',
      trigger: 'manual',
      steps: BENCH_STEPS.map((step) => ({
        id: step.target,
        target: step.target,
        title: step.title,
        body: step.body,
        placement: step.placement,
      })),
    },
  },
});

// Each run starts from a fresh page, so progress need not outlive it.
const storage = memoryAdapter();

function StartButton() {
  const { start } = useTour('bench');
  return (
    <button
      type="button"
      id={START_BUTTON_ID}
      className="bench-start"
      onClick={() => start({ force: true })}
    >
      Start tour
    </button>
  );
}

installBenchPage({
  popover: '.gp-tour-content',
  next: '.gp-tour-content button[data-variant="primary"]',
  close: '.gp-tour-content .gp-close',
  render: (host) => (
    <GuidepostProvider definition={definition} storage={storage}>
      {host}
      <Tour id="bench" />
      <StartButton />
    </GuidepostProvider>
  ),
});
