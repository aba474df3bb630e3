import {
  memoryAdapter,
  type GuidepostDefinition,
  type GuidepostError,
  type GuidepostEvent,
  type StorageAdapter,
} from '@guidepost/core';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { GuidepostProvider, useGuide, useGuidepost } from '@guidepost/react';
import '@guidepost/react/styles.css';
import './tooltip-stories.css';

/** Props of {@link TooltipStoryFrame}. */
export interface TooltipStoryFrameProps {
  readonly definition: GuidepostDefinition;
  /** The page, with the hints next to their targets. */
  readonly children?: ReactNode;
  /** Where progress is kept; a new in-memory store for each mount when left out. */
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

/** A provider for each story over its own store, and the hints' status above the page. */
export function TooltipStoryFrame({
  definition,
  children,
  storage,
  onEvent,
  onError,
}: TooltipStoryFrameProps) {
  const [ownStorage] = useState(() => memoryAdapter());
  return (
    <GuidepostProvider
      definition={definition}
      storage={storage ?? ownStorage}
      user={{ id: 'story-user' }}
      onEvent={(event) => onEvent?.(event)}
      onError={(error) => onError?.(error)}
    >
      <HintControls ids={definition.guideIds} />
      {children}
    </GuidepostProvider>
  );
}

/** Props of {@link DocumentAttributes}. */
export interface DocumentAttributesProps {
  /** Attributes set on `<html>` while the story is shown, and put back after. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children?: ReactNode;
}

/** Sets attributes on `<html>` (`dir`, `data-gp-theme`) as an app does for its whole page. */
export function DocumentAttributes({ attributes, children }: DocumentAttributesProps) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = Object.keys(attributes).map(
      (name) => [name, root.getAttribute(name)] as const,
    );
    for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
    return () => {
      for (const [name, value] of previous) {
        if (value === null) root.removeAttribute(name);
        else root.setAttribute(name, value);
      }
    };
  }, [attributes]);
  return children;
}
