import type {
  GuidepostDefinition,
  GuidepostError,
  GuidepostEvent,
  StorageAdapter,
} from '@guidepost/core';
import { useState, type ReactNode } from 'react';
import { GuidepostProvider, useGuide, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { usePersona } from '../persona/persona-context';
import { createPersonaStorage } from '../persona/persona-storage';
import './tooltip-stories.css';

/** Props of {@link TooltipStoryFrame}. */
export interface TooltipStoryFrameProps {
  readonly definition: GuidepostDefinition;
  /** The page, with the hints next to their targets. */
  readonly children?: ReactNode;
  /** Where progress is kept; a new in-memory store with the persona's usage when left out. */
  readonly storage?: StorageAdapter;
  /** Every analytics event the engine emits. */
  readonly onEvent?: (event: GuidepostEvent) => void;
  /** Every error the engine reports. */
  readonly onError?: (error: GuidepostError) => void;
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
export function TooltipStoryFrame({
  definition,
  children,
  storage,
  onEvent,
  onError,
}: TooltipStoryFrameProps) {
  const { persona } = usePersona();
  const [ownStorage] = useState(() => createPersonaStorage(persona));
  return (
    <GuidepostProvider
      definition={definition}
      storage={storage ?? ownStorage}
      user={persona.user}
      onEvent={(event) => onEvent?.(event)}
      onError={(error) => onError?.(error)}
    >
      <HintControls ids={definition.guideIds} />
      {children}
    </GuidepostProvider>
  );
}
