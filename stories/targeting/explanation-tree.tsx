import type { ClauseExplanation } from '@guidepost/core';

/** Props of `ExplanationTree`. */
export interface ExplanationTreeProps {
  /** The clauses to list, each with its own children nested below it. */
  readonly clauses: readonly ClauseExplanation[];
  /** Names the list for assistive technology. */
  readonly label: string;
}

function ClauseItem({ clause }: { readonly clause: ClauseExplanation }) {
  return (
    <li className="gp-explorer-clause" data-passed={clause.passed}>
      <span className="gp-explorer-status">{clause.passed ? 'holds' : 'fails'}</span>{' '}
      {clause.message}
      {clause.children !== undefined && clause.children.length > 0 ? (
        <ul>
          {clause.children.map((child, index) => (
            <ClauseItem key={index} clause={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** An explanation as nested lists: every clause says in words whether it holds, and why. */
export function ExplanationTree({ clauses, label }: ExplanationTreeProps) {
  return (
    <ul className="gp-explorer-tree" aria-label={label}>
      {clauses.map((clause, index) => (
        <ClauseItem key={index} clause={clause} />
      ))}
    </ul>
  );
}
