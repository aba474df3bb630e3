import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { PLANS, type Plan } from '../persona/persona';
import type { ExplorerPersona } from './persona';

/** Props of `PersonaForm`. */
export interface PersonaFormProps {
  readonly persona: ExplorerPersona;
  readonly onPersonaChange: (persona: ExplorerPersona) => void;
}

type NumberField = Exclude<keyof ExplorerPersona, 'plan'>;

const NUMBER_FIELDS: readonly {
  readonly field: NumberField;
  readonly label: string;
  readonly max: number;
}[] = [
  { field: 'ltv', label: 'Lifetime value (USD)', max: 1_000_000 },
  { field: 'daysSinceSignUp', label: 'Days since sign-up', max: 3_650 },
  { field: 'companySize', label: 'Company size (employees)', max: 100_000 },
  { field: 'projectsCreated', label: 'Projects created this week', max: 100 },
  { field: 'exportsRun', label: 'Exports run this week', max: 100 },
];

function isPlan(value: string): value is Plan {
  return (PLANS as readonly string[]).includes(value);
}

/** The persona as a form: a plan to pick and a labelled number input per attribute. */
export function PersonaForm({ persona, onPersonaChange }: PersonaFormProps) {
  const id = useId();
  const onPlanChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const plan = event.currentTarget.value;
    if (isPlan(plan)) onPersonaChange({ ...persona, plan });
  };
  const onNumberChange = (field: NumberField) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.valueAsNumber;
    onPersonaChange({ ...persona, [field]: Number.isFinite(value) ? Math.max(0, value) : 0 });
  };

  return (
    <form className="gp-explorer-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Persona</legend>
        <div className="gp-explorer-field">
          <label htmlFor={`${id}-plan`}>Plan</label>
          <select id={`${id}-plan`} value={persona.plan} onChange={onPlanChange}>
            {PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {plan}
              </option>
            ))}
          </select>
        </div>
        {NUMBER_FIELDS.map(({ field, label, max }) => (
          <div key={field} className="gp-explorer-field">
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={max}
              step={1}
              value={persona[field]}
              onChange={onNumberChange(field)}
            />
          </div>
        ))}
      </fieldset>
    </form>
  );
}
