import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { Tour, useGuidepost } from '@guidepost/react';
import { localeOf } from '../persona/persona';
import { DemoApp } from '../tour/demo-app';
import { TourStoryFrame } from '../tour/tour-story-frame';
import { DRAFT_PLACEMENTS, DRAFT_TARGETS } from './draft-options';
import { DRAFT_GUIDE_ID, draftDefinition, type StepDraft } from './step-draft';

const meta: Meta<StepDraft> = {
  title: 'Authoring/Step preview',
  args: {
    title: 'Create a project',
    body: 'Start from a blank project or a template.',
    placement: 'bottom',
    target: 'new-project',
  },
  argTypes: {
    placement: { control: 'select', options: DRAFT_PLACEMENTS },
    target: { control: 'select', options: DRAFT_TARGETS },
  },
  // Turns on the "Guide step" panel (.storybook/guide-step-panel.tsx) for these stories.
  parameters: { layout: 'padded', guideStep: true },
};

export default meta;

type Story = StoryObj<StepDraft>;

/** Shows the step again after it was closed, as each change of the draft does. */
function ShowAgain() {
  const guidepost = useGuidepost();
  return (
    <section className="story-controls" aria-label="Story controls">
      <button type="button" onClick={() => guidepost.start(DRAFT_GUIDE_ID, { force: true })}>
        Show the step again
      </button>
    </section>
  );
}

function DraftedStep({ draft, locale }: { draft: StepDraft; locale: 'en' | 'ja' }) {
  // Kept by field, not by the args object, which Storybook renews on every render.
  const { title, body, placement, target } = draft;
  const definition = useMemo(
    () => draftDefinition({ title, body, placement, target }),
    [title, body, placement, target],
  );
  // A fresh frame per draft: a new engine and store, so the step shows again at once.
  return (
    <TourStoryFrame
      key={JSON.stringify(draft)}
      definition={definition}
      tour={<Tour id={DRAFT_GUIDE_ID} locale={locale} />}
      // The step shows on its own; the page's button shows it again once closed.
      controls="none"
    >
      <ShowAgain />
      <DemoApp />
    </TourStoryFrame>
  );
}

/**
 * A designer's draft of one tour step, rendered with the real `Tour` over the demo page. Type
 * the title and body, pick the placement and target in the "Guide step" panel (or the
 * Controls), and the step shows again as users will see it.
 */
export const StepPreview: Story = {
  name: 'Step preview',
  render: (args, { globals }) => (
    <DraftedStep
      draft={{ title: args.title, body: args.body, placement: args.placement, target: args.target }}
      locale={localeOf(globals)}
    />
  ),
};
