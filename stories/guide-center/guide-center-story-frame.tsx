import type {
  GuidepostDefinition,
  GuidepostError,
  GuidepostEvent,
  Snapshot,
  UserAttributes,
} from '@guidepost/core';
import { useState, type ReactNode } from 'react';
import { GuidepostProvider, Tour } from '@guidepost/react';
import '@guidepost/react/styles.css';
import { usePersona } from '../persona/persona-context';
import { createPersonaStorage } from '../persona/persona-storage';
import './guide-center-stories.css';

/** Props of {@link GuideCenterStoryFrame}. */
export interface GuideCenterStoryFrameProps {
  readonly definition: GuidepostDefinition;
  /** The guide center as rendered. */
  readonly children: ReactNode;
  /** Attributes the story adds to the persona's (`ltv: 80_000`). */
  readonly user?: UserAttributes;
  /** What the user did before the story opened. */
  readonly snapshot?: Snapshot;
  /** The page's language; the toolbar's when left out. */
  readonly locale?: 'en' | 'ja';
  /** Every analytics event the engine emits. */
  readonly onEvent?: (event: GuidepostEvent) => void;
  /** Every error the engine reports. */
  readonly onError?: (error: GuidepostError) => void;
}

const HEADING = { en: 'Reports', ja: 'レポート' } as const;

/**
 * A fresh engine for each story, run as the toolbar's persona (a new in-memory store on every
 * mount, seeded with `snapshot`), a page, the guide center, and the tour it replays.
 */
export function GuideCenterStoryFrame({
  definition,
  children,
  user = {},
  snapshot,
  locale: localeProp,
  onEvent,
  onError,
}: GuideCenterStoryFrameProps) {
  const { persona } = usePersona();
  const locale = localeProp ?? persona.locale;
  const [storage] = useState(() =>
    createPersonaStorage(persona, { definition, ...(snapshot === undefined ? {} : { snapshot }) }),
  );
  return (
    <GuidepostProvider
      definition={definition}
      storage={storage}
      user={{ ...persona.user, ...user }}
      onEvent={(event) => onEvent?.(event)}
      onError={(error) => onError?.(error)}
    >
      <main className="guide-center-story-page" lang={locale}>
        <h1>{HEADING[locale]}</h1>
      </main>
      {children}
      <Tour id="welcome" locale={locale} />
    </GuidepostProvider>
  );
}
