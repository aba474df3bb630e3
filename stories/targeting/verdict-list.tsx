import type { Explanation } from '@guidepost/core';
import { ExplanationTree } from './explanation-tree';

/** One result of the explorer: a segment or a guide, and why it holds for the persona or not. */
export interface Verdict {
  readonly key: string;
  readonly title: string;
  /** The outcome in words (`matched`), so it never rests on colour alone. */
  readonly outcome: string;
  readonly explanation: Explanation;
}

/** Props of `VerdictList`. */
export interface VerdictListProps {
  readonly verdicts: readonly Verdict[];
}

/** Results as a list of cards, each with its heading, outcome and explanation tree. */
export function VerdictList({ verdicts }: VerdictListProps) {
  return (
    <ul className="gp-explorer-verdicts">
      {verdicts.map(({ key, title, outcome, explanation }) => (
        <li key={key} className="gp-explorer-verdict-card" data-passed={explanation.passed}>
          <h3>
            {title}: {outcome}
          </h3>
          <ExplanationTree clauses={[explanation.clause]} label={`Why ${title}: ${outcome}`} />
        </li>
      ))}
    </ul>
  );
}
