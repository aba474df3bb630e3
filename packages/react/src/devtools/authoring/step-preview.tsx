import {
  createGuidepost,
  defineGuidepost,
  memoryAdapter,
  type Guidepost,
  type GuidepostDefinition,
  type GuidepostInput,
} from '@guidepost/core';
import { useEffect, useMemo, useState } from 'react';
import { GuidepostProvider } from '../../provider/guidepost-provider';
import { Tour } from '../../tour/tour';

/** Props of {@link StepPreview}. */
export interface StepPreviewProps {
  /** The drafted guide's id. */
  readonly id: string;
  /** The drafted guide, as `guideOfDraft` makes it. */
  readonly guide: Readonly<Record<string, unknown>>;
  /** The picked element of each step, in step order (`undefined` for a centred step). */
  readonly elements: readonly (Element | undefined)[];
  /** The step to show. */
  readonly stepIndex: number;
  /** Changing it shows the preview again after it was closed. */
  readonly replay: number;
}

type Step = Readonly<Record<string, unknown>>;

/**
 * The drafted guide as users will see it: the real `Tour`, on an engine of its own that holds
 * only the draft, pointing at the picked elements before they declare their anchors, shown
 * whoever the draft's audience is. The step neither blocks the page nor takes focus, so the
 * author keeps typing while it follows.
 */
export function StepPreview({ id, guide, elements, stepIndex, replay }: StepPreviewProps) {
  const definition = useMemo<GuidepostDefinition | undefined>(() => {
    // The preview shows to its author whoever the guide is for: "Who gets it" answers that.
    const { audience: _audience, ...shown } = guide;
    const steps = Array.isArray(shown.steps) ? (shown.steps as Step[]) : [];
    try {
      return defineGuidepost({
        guides: {
          [id]: {
            ...shown,
            kind: 'tour',
            trigger: 'manual',
            steps: steps.map((step, index) => ({
              ...step,
              ...(elements[index] === undefined ? {} : { target: elements[index] }),
              overlay: 'none',
              focus: 'none',
            })),
          },
        },
      } as unknown as GuidepostInput);
    } catch {
      // Not a valid guide yet: the export lists what is missing.
      return undefined;
    }
  }, [id, guide, elements]);

  const [engine, setEngine] = useState<Guidepost | undefined>(undefined);
  useEffect(() => {
    if (definition === undefined) {
      setEngine(undefined);
      return;
    }
    const preview = createGuidepost(definition, {
      user: { id: 'preview' },
      storage: memoryAdapter(),
      locks: null,
      onError: () => undefined,
    });
    const stepId =
      definition.guides[id]?.kind === 'tour'
        ? definition.guides[id].steps[stepIndex]?.id
        : undefined;
    preview.start(id);
    if (stepId !== undefined && stepIndex > 0) preview.goTo(id, stepId);
    setEngine(preview);
    return () => preview.destroy();
  }, [definition, id, stepIndex, replay]);

  if (engine === undefined) return null;
  return (
    <GuidepostProvider guidepost={engine}>
      <Tour<GuidepostDefinition> id={id} />
    </GuidepostProvider>
  );
}
