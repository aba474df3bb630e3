// The manager builds JSX with the classic runtime, which needs `React` in scope.
import React, { useId, type ChangeEvent } from 'react';
import { AddonPanel } from 'storybook/internal/components';
import { useArgs, useParameter } from 'storybook/manager-api';
import { DRAFT_PLACEMENTS, DRAFT_TARGETS } from '../stories/authoring/draft-options';

/** The panel's id, under the addon's. */
export const GUIDE_STEP_ADDON_ID = 'guidepost/guide-step';
export const GUIDE_STEP_PANEL_ID = `${GUIDE_STEP_ADDON_ID}/panel`;

const quote = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The drafted step as a line of the definition file, for the designer to hand over. */
function stepSource(args: Readonly<Record<string, unknown>>): string {
  const field = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : '');
  return [
    '{',
    "  id: 'draft',",
    `  target: ${quote(field('target'))},`,
    `  title: ${quote(field('title'))},`,
    `  body: ${quote(field('body'))},`,
    `  placement: ${quote(field('placement'))},`,
    '}',
  ].join('\n');
}

function GuideStepFields() {
  const id = useId();
  const [args, updateArgs] = useArgs();
  const text = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : '');
  const update =
    (key: string) =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      updateArgs({ [key]: event.target.value });
  return (
    <form className="guide-step-panel" onSubmit={(event) => event.preventDefault()}>
      <p>
        The canvas shows the step with the real Tour component, as users will see it. Each change
        shows it again.
      </p>
      <p>
        <label htmlFor={`${id}-title`}>Title</label>
        <br />
        <input id={`${id}-title`} value={text('title')} onChange={update('title')} size={40} />
      </p>
      <p>
        <label htmlFor={`${id}-body`}>Body</label>
        <br />
        <textarea
          id={`${id}-body`}
          value={text('body')}
          onChange={update('body')}
          rows={3}
          cols={40}
        />
      </p>
      <p>
        <label htmlFor={`${id}-placement`}>Placement</label>{' '}
        <select id={`${id}-placement`} value={text('placement')} onChange={update('placement')}>
          {DRAFT_PLACEMENTS.map((placement) => (
            <option key={placement}>{placement}</option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-target`}>Target</label>{' '}
        <select id={`${id}-target`} value={text('target')} onChange={update('target')}>
          {DRAFT_TARGETS.map((target) => (
            <option key={target}>{target}</option>
          ))}
        </select>
      </p>
      <p id={`${id}-source`}>The step, for the definition file:</p>
      <pre aria-labelledby={`${id}-source`}>{stepSource(args)}</pre>
    </form>
  );
}

/**
 * The "Guide step" panel: where a designer writes a tour step's title and body and picks its
 * placement and target, while the story canvas renders the real `Tour` step. It edits the
 * story's args, so the step follows in the canvas and the draft lives in the URL. Stories turn
 * it on with the `guideStep` parameter.
 */
export function GuideStepPanel({ active }: { readonly active: boolean }) {
  const enabled = useParameter<boolean>('guideStep', false);
  return (
    <AddonPanel active={active}>
      {enabled ? (
        <GuideStepFields />
      ) : (
        <p className="guide-step-panel">
          This story has no guide step to edit: open Authoring / Step preview.
        </p>
      )}
    </AddonPanel>
  );
}
