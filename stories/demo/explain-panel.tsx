import { createTargeting, scopeInputOf, type GuideExplanation } from '@guidepost/core';
import { useGuidepost } from '@guidepost/react';
import { useId, useMemo, useSyncExternalStore } from 'react';

type Verdict = 'shown' | 'eligible' | 'not eligible';

/** One line per reason a guide does not show, from the engine's `explain`. */
function reasonsOf(explanation: GuideExplanation): string[] {
  return explanation.reasons.map((reason) => reason.message);
}

/**
 * A devtools-style panel: the user's tier and segments, then every guide as shown, eligible or
 * not eligible, with the engine's one-line reasons. It follows the engine as the user acts.
 */
export function ExplainPanel() {
  const id = useId();
  const guidepost = useGuidepost();
  const state = useSyncExternalStore(guidepost.subscribe, guidepost.getState);
  const { definition } = guidepost;
  const targeting = useMemo(
    () => createTargeting({ segments: definition.segments, touchModel: definition.touchModel }),
    [definition],
  );
  const segments = targeting.segments(targeting.scope(scopeInputOf(state, guidepost.now())));
  const guides = definition.guideIds.map((guideId) => {
    const explanation = guidepost.explain(guideId);
    const verdict: Verdict = state.guides[guideId]?.open
      ? 'shown'
      : explanation.eligible
        ? 'eligible'
        : 'not eligible';
    return { guideId, kind: definition.guides[guideId]?.kind, verdict, explanation };
  });

  return (
    <aside className="demo-explain" aria-labelledby={`${id}-title`} lang="en" dir="ltr">
      <h2 id={`${id}-title`}>Why each guide shows</h2>
      <dl className="demo-explain-user">
        <dt>User</dt>
        <dd>
          <code>{state.userId}</code>
        </dd>
        <dt>Touch tier</dt>
        <dd>{state.tier}</dd>
        <dt>Segments</dt>
        <dd>
          <ul className="demo-explain-segments">
            {Object.entries(segments).map(([name, matched]) => (
              <li key={name} data-matched={matched}>
                {name}: {matched ? 'yes' : 'no'}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <ul className="demo-explain-guides">
        {guides.map(({ guideId, kind, verdict, explanation }) => (
          <li key={guideId} data-verdict={verdict}>
            <p className="demo-explain-guide">
              <code>{guideId}</code> <span>({kind})</span>
              <strong>{verdict}</strong>
            </p>
            {verdict === 'not eligible' ? (
              <ul className="demo-explain-reasons">
                {reasonsOf(explanation).map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
