import type { Decorator } from '@storybook/react-vite';
import { useMemo, useState, type ReactNode } from 'react';
import { DocumentAttributes } from './document-attributes';
import { personaFromGlobals, type Persona } from './persona';
import { PersonaBar } from './persona-bar';
import { PersonaContext, type PersonaContextValue } from './persona-context';
import { useMotionOverride } from './use-motion-override';
import '@guidepost/react/styles.css';
import './persona.css';

/** Props of {@link PersonaRoot}. */
interface PersonaRootProps {
  readonly globals: Readonly<Record<string, unknown>>;
  /** Whether to show the persona bar (not on docs pages, where many stories share one page). */
  readonly showBar: boolean;
  readonly children: ReactNode;
}

function PersonaRoot({ globals, showBar, children }: PersonaRootProps) {
  // A reset takes a new clock reading, so sign-up and event times count back from it.
  const [session, setSession] = useState(() => ({ resets: 0, now: Date.now() }));
  const key = JSON.stringify(globals);
  const persona = useMemo<Persona>(
    () => personaFromGlobals(JSON.parse(key) as Record<string, unknown>, session.now),
    [key, session.now],
  );
  const value = useMemo<PersonaContextValue>(
    () => ({
      persona,
      resetProgress: () => setSession(({ resets }) => ({ resets: resets + 1, now: Date.now() })),
    }),
    [persona],
  );
  useMotionOverride(persona.motion);
  const attributes = useMemo(
    () => ({ lang: persona.locale, dir: persona.dir, 'data-gp-theme': persona.theme }),
    [persona.locale, persona.dir, persona.theme],
  );
  return (
    <DocumentAttributes attributes={attributes}>
      <PersonaContext.Provider value={value}>
        {showBar ? <PersonaBar persona={persona} onResetProgress={value.resetProgress} /> : null}
        <div key={`${key}#${session.resets}`} className="sb-persona-root" {...attributes}>
          {children}
        </div>
      </PersonaContext.Provider>
    </DocumentAttributes>
  );
}

/**
 * Runs every story as the toolbar's persona: sets `lang`, `dir` and the theme on the page,
 * forces reduced motion when asked, and gives the story a persona to feed its provider. A new
 * persona or "Reset progress" remounts the story, so its engine starts over fresh storage.
 */
export const withPersona: Decorator = (Story, context) => (
  <PersonaRoot globals={context.globals} showBar={context.viewMode !== 'docs'}>
    <Story />
  </PersonaRoot>
);
