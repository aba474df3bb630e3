import { createContext, useContext } from 'react';
import { personaFromGlobals, type Persona } from './persona';

/** What the persona decorator gives every story. */
export interface PersonaContextValue {
  readonly persona: Persona;
  /** Forgets everything the persona did in this story: a new engine over fresh storage. */
  readonly resetProgress: () => void;
}

/** The persona of the story being shown; `null` outside Storybook (composed stories in tests). */
export const PersonaContext = createContext<PersonaContextValue | null>(null);

// Made once, so a story rendered without the decorator keeps one persona across renders.
const FALLBACK: PersonaContextValue = {
  persona: personaFromGlobals({}, Date.now()),
  resetProgress: () => undefined,
};

/**
 * The toolbar's persona, or the default persona where no decorator runs (a story composed in a
 * test), so a story looks the same in both.
 * @example
 * const { persona } = usePersona();
 */
export function usePersona(): PersonaContextValue {
  return useContext(PersonaContext) ?? FALLBACK;
}
