import { evaluate, explain } from '@guidepost/core';
import type { CompiledRule, Rule, RuleContext } from '@guidepost/core';
import * as jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';

/** The same audiences in both engines' forms, and the users to check them on. */
export interface CrossCheckInput {
  readonly audiences: readonly Rule[];
  readonly compiled: readonly CompiledRule[];
  readonly logic: readonly RulesLogic[];
  readonly contexts: readonly RuleContext[];
  /** How many of the users also have every audience explained and checked. */
  readonly explainedUsers: number;
}

/** What the cross-check compared. */
export interface CrossCheckReport {
  readonly evaluations: number;
  /** How many evaluations held: a share near 0 or 1 would make the timing meaningless. */
  readonly held: number;
  readonly explanations: number;
}

interface Disagreement {
  readonly guide: number;
  readonly user: number;
  readonly answers: string;
}

const SHOWN = 5;

function describe(input: CrossCheckInput, disagreements: readonly Disagreement[]): string {
  const lines = disagreements.slice(0, SHOWN).map(({ guide, user, answers }) => {
    const context = input.contexts[user];
    const why =
      context === undefined ? '' : explain(input.audiences[guide] as Rule, context).summary;
    return [
      `guide ${guide}, user ${user}: ${answers}`,
      `  rule:       ${JSON.stringify(input.audiences[guide])}`,
      `  json-logic: ${JSON.stringify(input.logic[guide])}`,
      `  user:       ${JSON.stringify(context?.user)}`,
      `  explain:    ${why}`,
    ].join('\n');
  });
  return `${disagreements.length} disagreement(s) between the engines:\n${lines.join('\n')}`;
}

/**
 * Answers every audience for every user with Guidepost's compiled rules, `evaluate`, and
 * json-logic-js, and `explain` for the first users; throws, naming the first disagreements,
 * unless every answer is the same.
 */
export function crossCheck(input: CrossCheckInput): CrossCheckReport {
  const disagreements: Disagreement[] = [];
  let held = 0;
  let explanations = 0;
  input.contexts.forEach((context, user) => {
    input.audiences.forEach((audience, guide) => {
      const compiled = (input.compiled[guide] as CompiledRule)(context);
      const logic = jsonLogic.truthy(
        jsonLogic.apply(input.logic[guide] as RulesLogic, context.user),
      );
      const evaluated = evaluate(audience, context);
      const explained = user < input.explainedUsers ? explain(audience, context).passed : compiled;
      if (user < input.explainedUsers) explanations++;
      if (compiled) held++;
      if (compiled !== logic || compiled !== evaluated || compiled !== explained) {
        disagreements.push({
          guide,
          user,
          answers: `compileRule ${compiled}, evaluate ${evaluated}, explain ${explained}, json-logic-js ${logic}`,
        });
      }
    });
  });
  if (disagreements.length > 0) throw new Error(describe(input, disagreements));
  return { evaluations: input.contexts.length * input.audiences.length, held, explanations };
}
