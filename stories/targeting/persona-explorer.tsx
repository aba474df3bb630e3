import { useId, useMemo, useState } from 'react';
import type { GuidepostDefinition } from '@guidepost/core';
import { createTargeting } from '@guidepost/core';
import { ExplanationTree } from './explanation-tree';
import { toScopeInput } from './persona';
import type { ExplorerPersona } from './persona';
import { PersonaForm } from './persona-form';
import { VerdictList } from './verdict-list';
import type { Verdict } from './verdict-list';
import './persona-explorer.css';

/** Props of `PersonaExplorer`. */
export interface PersonaExplorerProps {
  /** The definition whose segments, touch model and guide audiences are evaluated. */
  readonly definition: GuidepostDefinition;
  /** The persona the form starts with. */
  readonly defaultPersona: ExplorerPersona;
  /** The moment of evaluation, in epoch ms; fixed so the explanations never drift. */
  readonly now: number;
}

/**
 * A form to describe a persona beside what targeting makes of it: the touch tier, every
 * segment and every guide's audience, each explained clause by clause, updated on every change.
 */
export function PersonaExplorer({ definition, defaultPersona, now }: PersonaExplorerProps) {
  const id = useId();
  const [persona, setPersona] = useState(defaultPersona);
  const targeting = useMemo(
    () => createTargeting({ segments: definition.segments, touchModel: definition.touchModel }),
    [definition],
  );
  const results = useMemo(() => {
    const context = targeting.scope(toScopeInput(persona, now));
    const segments = Object.keys(definition.segments).map((name): Verdict => {
      const explanation = targeting.explainSegment(name, context);
      return {
        key: name,
        title: name,
        outcome: explanation.passed ? 'matched' : 'not matched',
        explanation,
      };
    });
    const guides = definition.guideIds.map((guideId): Verdict => {
      const guide = definition.guides[guideId];
      const explanation = targeting.explain(guide?.audience ?? { all: [] }, context);
      return {
        key: guideId,
        title: `${guideId} (${guide?.kind ?? 'guide'})`,
        outcome: explanation.passed ? 'in the audience' : 'not in the audience',
        explanation,
      };
    });
    return {
      tier: targeting.tier(context),
      tierExplanation: targeting.explainTier(context),
      segments,
      guides,
    };
  }, [targeting, definition, persona, now]);
  const { tier } = results;
  const matched = results.segments.filter(({ explanation }) => explanation.passed).length;
  const reached = results.guides.filter(({ explanation }) => explanation.passed).length;

  return (
    <section className="gp-explorer" aria-labelledby={`${id}-title`}>
      <div className="gp-explorer-persona">
        <h1 id={`${id}-title`}>Persona explorer</h1>
        <PersonaForm persona={persona} onPersonaChange={setPersona} />
      </div>
      <div className="gp-explorer-results">
        <p className="gp-explorer-summary" role="status">
          Touch tier: {tier}. {matched} of {results.segments.length} segments match; {reached} of{' '}
          {results.guides.length} guides target this persona.
        </p>
        <section aria-labelledby={`${id}-tier`}>
          <h2 id={`${id}-tier`}>Touch tier: {tier}</h2>
          <ExplanationTree clauses={[results.tierExplanation.clause]} label="Why this touch tier" />
        </section>
        <section aria-labelledby={`${id}-segments`}>
          <h2 id={`${id}-segments`}>Segments</h2>
          <VerdictList verdicts={results.segments} />
        </section>
        <section aria-labelledby={`${id}-guides`}>
          <h2 id={`${id}-guides`}>Guide audiences</h2>
          <VerdictList verdicts={results.guides} />
        </section>
      </div>
    </section>
  );
}
