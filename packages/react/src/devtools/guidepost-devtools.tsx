'use client';
import type { GuidepostState, UserAttributes } from '@guidepost/core';
import { Suspense, useId, useRef, useState } from 'react';
import { useEngineState } from '../hooks/use-engine-state';
import { useGuidepostContext } from '../provider/guidepost-context';
import { budgetSummary } from './budget-summary';
import { guideVerdicts } from './guide-verdicts';
import { LazyAuthoringMode } from './load-authoring-mode';

/** Props of {@link GuidepostDevtools}. */
export interface GuidepostDevtoolsProps {
  /** The panel's heading. @default 'Why each guide shows' */
  readonly title?: string;
  /** Added to the panel's `gp-devtools` class. */
  readonly className?: string;
  /**
   * Users the authoring mode checks a drafted guide against, by name, besides the current
   * user: which of them would get it, and why not.
   */
  readonly personas?: Readonly<Record<string, UserAttributes>>;
}

const selectState = (state: GuidepostState) => state;

/**
 * A panel for development and QA: the current user's id, touch tier, interruption budget
 * (pop-ups spent this session and today, the gap still running) and segments, then every
 * guide as shown, eligible or not eligible, with the engine's one-line reasons from `explain`
 * and its goal (event, window, and waiting, reached or expired). It follows the engine as the
 * user acts. In development builds an "Author a guide" button opens the authoring mode: pick an
 * element, draft a tour with a live preview, see which personas get it, export it as
 * TypeScript or JSON. It is loaded on demand and left out of production builds. It brings no styles of its own: each part has a
 * `gp-devtools-*` class and the rows carry `data-verdict` / `data-matched`. Render it only in
 * development builds or behind a flag; an app that never imports it never ships it.
 *
 * @example
 * {process.env.NODE_ENV !== 'production' && <GuidepostDevtools />}
 */
export function GuidepostDevtools({
  title = 'Why each guide shows',
  className,
  personas,
}: GuidepostDevtoolsProps) {
  const titleId = useId();
  const [authoring, setAuthoring] = useState(false);
  const authorButton = useRef<HTMLButtonElement | null>(null);
  const { guidepost } = useGuidepostContext('GuidepostDevtools');
  // Every change matters to a debugging panel, so it follows the whole state.
  const state = useEngineState(guidepost, selectState);
  // Asked of the engine, by its clock: the panel keeps no evaluator of its own.
  const segments = Object.fromEntries(
    Object.keys(guidepost.definition.segments ?? {}).map((name) => [
      name,
      guidepost.holds({ segment: name }),
    ]),
  );
  const rows = guideVerdicts(guidepost, state);
  const budget = budgetSummary(guidepost.interruptionBudget(), guidepost.now());

  return (
    <aside
      className={className === undefined ? 'gp-devtools' : `gp-devtools ${className}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="gp-devtools-title">
        {title}
      </h2>
      <dl className="gp-devtools-user">
        <dt>User</dt>
        <dd>
          <code>{state.userId ?? 'anonymous'}</code>
        </dd>
        <dt>Touch tier</dt>
        <dd>{state.tier}</dd>
        <dt>Pop-ups</dt>
        <dd className="gp-devtools-budget">{budget}</dd>
        <dt>Segments</dt>
        <dd>
          <ul className="gp-devtools-segments">
            {Object.entries(segments).map(([name, matched]) => (
              <li key={name} data-matched={matched}>
                {name}: {matched ? 'yes' : 'no'}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <ul className="gp-devtools-guides" aria-label="Guides">
        {rows.map(({ guideId, kind, verdict, reasons, goal }) => (
          <li key={guideId} data-verdict={verdict}>
            <p className="gp-devtools-guide">
              <code>{guideId}</code> <span>({kind ?? 'unknown'})</span> <strong>{verdict}</strong>
            </p>
            {reasons.length > 0 ? (
              <ul className="gp-devtools-reasons">
                {reasons.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
            {goal === undefined ? null : (
              <p className="gp-devtools-goal" data-goal={goal.state}>
                Goal <code>{goal.event}</code> within {goal.within}: <strong>{goal.state}</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
      {LazyAuthoringMode === undefined ? null : (
        <>
          <button
            type="button"
            ref={authorButton}
            className="gp-devtools-author"
            aria-expanded={authoring}
            onClick={() => setAuthoring((open) => !open)}
          >
            Author a guide
          </button>
          {authoring ? (
            <Suspense fallback={<p role="status">Loading the authoring mode…</p>}>
              <LazyAuthoringMode
                guidepost={guidepost}
                {...(personas === undefined ? {} : { personas })}
                onClose={() => {
                  setAuthoring(false);
                  authorButton.current?.focus();
                }}
              />
            </Suspense>
          ) : null}
        </>
      )}
    </aside>
  );
}
