import type { ReactNode } from 'react';
import { useGuide, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import {
  PersonaGuidepostProvider,
  type PersonaGuidepostProviderProps,
} from '../persona/persona-guidepost-provider';
import './tooltip-stories.css';

/** Props of {@link TooltipStoryFrame}. */
export interface TooltipStoryFrameProps extends Omit<
  PersonaGuidepostProviderProps,
  'user' | 'snapshot' | 'children'
> {
  /** The page, with the hints next to their targets. */
  readonly children?: ReactNode;
}

function HintStatus({ id }: { readonly id: string }) {
  const guidepost = useGuidepost();
  const guide = useGuide(id);
  return (
    <p>
      <code>{id}</code>: <output>{guide?.status ?? 'unknown'}</output>{' '}
      <button type="button" onClick={() => guidepost.reset(id)}>
        Reset {id}
      </button>
    </p>
  );
}

/** The hints' status, and a button to reset each, so a story can be played again. */
export function HintControls({ ids }: { readonly ids: readonly string[] }) {
  return (
    <section className="story-hint-controls" aria-label="Story controls">
      {ids.map((id) => (
        <HintStatus key={id} id={id} />
      ))}
    </section>
  );
}

/** A provider for each story, run as the toolbar's persona over its own store, and the hints' status. */
export function TooltipStoryFrame({ children, ...provider }: TooltipStoryFrameProps) {
  return (
    <PersonaGuidepostProvider {...provider}>
      <HintControls ids={provider.definition.guideIds} />
      {children}
    </PersonaGuidepostProvider>
  );
}
