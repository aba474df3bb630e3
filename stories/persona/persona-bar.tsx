import { formatLifetimeValue, tierOfLifetimeValue, type Persona } from './persona';

/** Props of {@link PersonaBar}. */
export interface PersonaBarProps {
  readonly persona: Persona;
  readonly onResetProgress: () => void;
}

const USAGE = { none: 'no usage yet', some: 'some usage', most: 'most features used' } as const;

/** One line on who the story runs as, and a button that starts the persona afresh. */
export function PersonaBar({ persona, onResetProgress }: PersonaBarProps) {
  const days =
    persona.daysSinceSignUp === 0 ? 'signed up today' : `${persona.daysSinceSignUp} days in`;
  return (
    <aside className="sb-persona-bar" aria-label="Persona" lang="en" dir="ltr">
      <p>
        <strong>{persona.plan}</strong> plan · LTV {formatLifetimeValue(persona.ltv)} (
        {tierOfLifetimeValue(persona.ltv)} touch) · {days} · {USAGE[persona.eventLevel]}
      </p>
      <button type="button" onClick={onResetProgress}>
        Reset progress
      </button>
    </aside>
  );
}
