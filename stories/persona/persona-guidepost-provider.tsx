import type {
  GuidepostDefinition,
  GuidepostError,
  GuidepostEvent,
  Snapshot,
  StorageAdapter,
  UserAttributes,
} from '@guidepost/core';
import { useState, type ReactNode } from 'react';
import { fn } from 'storybook/test';
import { GuidepostProvider } from '@guidepost/react';
import { usePersona } from './persona-context';
import { createPersonaStorage } from './persona-storage';

/** The engine callbacks every story frame passes on; Storybook's actions record them. */
export interface StoryEngineCallbacks {
  /** Every analytics event the engine emits. */
  readonly onEvent?: (event: GuidepostEvent) => void;
  /** Every error the engine reports. */
  readonly onError?: (error: GuidepostError) => void;
}

/** A story's args: the engine callbacks, as spies, so the Actions panel lists every call. */
export function recordEngineCallbacks(): Required<StoryEngineCallbacks> {
  return { onEvent: fn(), onError: fn() };
}

/** Props of {@link PersonaGuidepostProvider}. */
export interface PersonaGuidepostProviderProps extends StoryEngineCallbacks {
  readonly definition: GuidepostDefinition;
  /** Attributes the story adds to the persona's (`ltv: 80_000`). */
  readonly user?: UserAttributes;
  /** What the user did before the story opened. */
  readonly snapshot?: Snapshot;
  /** Where progress is kept; a new in-memory store with the persona's usage when left out. */
  readonly storage?: StorageAdapter;
  readonly children: ReactNode;
}

/**
 * The provider every story frame wraps its page in: a fresh engine on each mount, run as the
 * toolbar's persona over a new in-memory store seeded with the persona's usage and `snapshot`.
 */
export function PersonaGuidepostProvider({
  definition,
  user = {},
  snapshot,
  storage,
  onEvent,
  onError,
  children,
}: PersonaGuidepostProviderProps) {
  const { persona } = usePersona();
  const [ownStorage] = useState(() =>
    createPersonaStorage(persona, { definition, ...(snapshot === undefined ? {} : { snapshot }) }),
  );
  return (
    <GuidepostProvider
      definition={definition}
      storage={storage ?? ownStorage}
      user={{ ...persona.user, ...user }}
      onEvent={(event) => onEvent?.(event)}
      onError={(error) => onError?.(error)}
    >
      {children}
    </GuidepostProvider>
  );
}
