import type { Guidepost, TouchTier, UserAttributes } from '@guidepost/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { anchorOfElement } from './anchor-of-element';
import {
  EMPTY_STEP,
  guideOfDraft,
  missingAnchorsOf,
  type DraftAudience,
  type DraftGuide,
  type DraftStep,
} from './draft-guide';
import { ExportPanel } from './export-panel';
import { guideToJson, guideToTypeScript } from './export-guide';
import { PersonaTable } from './persona-table';
import { personaVerdicts } from './persona-verdicts';
import { personasFromDefinition } from './personas-from-definition';
import { PickHighlight } from './pick-highlight';
import { StepFields } from './step-fields';
import { StepPreview } from './step-preview';
import { PICKER_IGNORE_ATTRIBUTE, useElementPicker } from './use-element-picker';
import { validateDraft } from './validate-draft';

/** Props of {@link AuthoringMode}. */
export interface AuthoringModeProps {
  /** The app's engine: its definition gives the segments, tiers and events to choose from. */
  readonly guidepost: Guidepost;
  /** Users to check the draft against, by name, besides the current user. */
  readonly personas?: Readonly<Record<string, UserAttributes>>;
  /** Leaves the authoring mode. */
  readonly onClose: () => void;
}

const TIERS: readonly TouchTier[] = ['high', 'low', 'tech'];

/** One object for every render, so the verdicts are not worked out again for nothing. */
const NO_PERSONAS: Readonly<Record<string, UserAttributes>> = {};

const audienceValue = (audience: DraftAudience): string =>
  audience.kind === 'segment'
    ? `segment:${audience.segment}`
    : audience.kind === 'tier'
      ? `tier:${audience.tier}`
      : 'everyone';

function audienceOfValue(value: string): DraftAudience {
  const [kind, name = ''] = value.split(/:(.*)/s);
  if (kind === 'segment') return { kind: 'segment', segment: name };
  if (kind === 'tier') return { kind: 'tier', tier: name as TouchTier };
  return { kind: 'everyone' };
}

const selectUser = (state: { readonly user: UserAttributes }) => state.user;

/**
 * The authoring mode of the devtools, a non-modal dialog: pick an element, draft a tour step by
 * step with the real `Tour` previewed on the page, see which personas would get it, and export
 * it as TypeScript or JSON once the definition validator accepts it. Loaded only on demand, and
 * never in production builds.
 */
export function AuthoringMode({ guidepost, personas = NO_PERSONAS, onClose }: AuthoringModeProps) {
  const baseId = useId();
  const { definition } = guidepost;
  const user = useStore(guidepost, selectUser);
  const [draft, setDraft] = useState<DraftGuide>({
    id: 'new-guide',
    audience: { kind: 'everyone' },
    trigger: 'auto',
    steps: [EMPTY_STEP],
  });
  const [current, setCurrent] = useState(0);
  const [replay, setReplay] = useState(0);
  const pickButton = useRef<HTMLButtonElement | null>(null);
  const idField = useRef<HTMLInputElement | null>(null);
  const step = draft.steps[current] ?? EMPTY_STEP;
  // An empty step would be a dialog with nothing to name it by.
  const previewable = step.title.trim() !== '' || step.body.trim() !== '';

  const setStep = useCallback(
    (next: DraftStep) =>
      setDraft((old) => ({
        ...old,
        steps: old.steps.map((each, index) => (index === current ? next : each)),
      })),
    [current],
  );
  const onPick = useCallback(
    (element: Element) =>
      setDraft((old) => ({
        ...old,
        steps: old.steps.map((each, index) =>
          index === current ? { ...each, anchor: anchorOfElement(element), element } : each,
        ),
      })),
    [current],
  );
  const picker = useElementPicker({ onPick, returnFocusTo: pickButton });

  useEffect(() => idField.current?.focus(), []);
  const root = useRef<HTMLElement | null>(null);
  const picking = picker.picking;
  useEffect(() => {
    const element = root.current;
    if (element === null || picking) return;
    // Escape leaves the mode from any of its fields; while picking, it cancels the pick instead.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [picking, onClose]);

  const guide = useMemo(() => guideOfDraft(draft), [draft]);
  const elements = useMemo(() => draft.steps.map((each) => each.element), [draft.steps]);
  const issues = useMemo(
    () => validateDraft(definition, draft.id, guide),
    [definition, draft.id, guide],
  );
  const typescript = useMemo(
    () => guideToTypeScript(draft.id, guide, missingAnchorsOf(draft)),
    [draft, guide],
  );
  const json = useMemo(() => guideToJson(draft.id, guide), [draft.id, guide]);
  // One made-up user per tier and segment the definition's rules let us build.
  const derived = useMemo(
    () => personasFromDefinition(definition, guidepost.now()),
    [definition, guidepost],
  );
  const verdicts = useMemo(
    () =>
      issues.length > 0
        ? []
        : personaVerdicts(definition, draft.id, guide, {
            [`Current user (${String(user.id ?? 'anonymous')})`]: user,
            ...personas,
            ...derived,
          }),
    [definition, draft.id, guide, issues.length, personas, derived, user],
  );

  const addStep = () => {
    setDraft((old) => ({ ...old, steps: [...old.steps, EMPTY_STEP] }));
    setCurrent(draft.steps.length);
  };
  const removeStep = () => {
    setDraft((old) => ({ ...old, steps: old.steps.filter((_, index) => index !== current) }));
    setCurrent((index) => Math.max(0, index - 1));
  };

  return (
    <section
      role="dialog"
      aria-labelledby={`${baseId}-title`}
      className="gp-devtools-authoring"
      data-gp-authoring="mode"
      {...{ [PICKER_IGNORE_ATTRIBUTE]: '' }}
      ref={root}
    >
      <h3 id={`${baseId}-title`}>Author a guide</h3>
      <button type="button" className="gp-devtools-authoring-close" onClick={onClose}>
        Close authoring
      </button>
      <div className="gp-devtools-guide-fields">
        <label htmlFor={`${baseId}-id`}>Guide id</label>
        <input
          id={`${baseId}-id`}
          ref={idField}
          value={draft.id}
          onChange={(event) => setDraft((old) => ({ ...old, id: event.target.value }))}
        />
        <label htmlFor={`${baseId}-audience`}>Shown to</label>
        <select
          id={`${baseId}-audience`}
          value={audienceValue(draft.audience)}
          onChange={(event) =>
            setDraft((old) => ({ ...old, audience: audienceOfValue(event.target.value) }))
          }
        >
          <option value="everyone">everyone</option>
          {Object.keys(definition.segments).map((segment) => (
            <option key={segment} value={`segment:${segment}`}>
              segment {segment}
            </option>
          ))}
          {TIERS.map((tier) => (
            <option key={tier} value={`tier:${tier}`}>
              {tier} touch tier
            </option>
          ))}
        </select>
        <label htmlFor={`${baseId}-trigger`}>Starts</label>
        <select
          id={`${baseId}-trigger`}
          value={draft.trigger}
          onChange={(event) =>
            setDraft((old) => ({ ...old, trigger: event.target.value as DraftGuide['trigger'] }))
          }
        >
          <option value="auto">on its own, for whoever it is shown to</option>
          <option value="manual">when the app calls start()</option>
        </select>
      </div>
      <div role="group" aria-label="Steps" className="gp-devtools-step-tabs">
        {draft.steps.map((_, index) => (
          <button
            // Steps have no identity of their own until exported.
            key={index}
            type="button"
            aria-pressed={index === current}
            onClick={() => setCurrent(index)}
          >
            Step {index + 1}
          </button>
        ))}
        <button type="button" onClick={addStep}>
          Add a step
        </button>
        {draft.steps.length > 1 ? (
          <button type="button" onClick={removeStep}>
            Remove step {current + 1}
          </button>
        ) : null}
      </div>
      <fieldset>
        <legend>
          Step {current + 1} of {draft.steps.length}
        </legend>
        <StepFields
          step={step}
          onChange={setStep}
          events={definition.events}
          picking={picker.picking}
          onPick={picker.start}
          onCancelPick={picker.cancel}
          pickButton={pickButton}
        />
        {previewable ? (
          <button type="button" onClick={() => setReplay((count) => count + 1)}>
            Show the preview again
          </button>
        ) : (
          <p>The preview shows on the page once the step has a title or a body.</p>
        )}
      </fieldset>
      <h4>Who gets it</h4>
      {verdicts.length > 0 ? (
        <PersonaTable verdicts={verdicts} caption="Each persona, as the engine explains it" />
      ) : (
        <p>Once the guide is valid, each persona&apos;s verdict shows here.</p>
      )}
      <h4>Export</h4>
      <ExportPanel id={draft.id} typescript={typescript} json={json} issues={issues} />
      {picker.picking ? (
        <PickHighlight element={picker.candidate} />
      ) : !previewable ? null : (
        <StepPreview
          id={draft.id}
          guide={guide}
          elements={elements}
          stepIndex={current}
          replay={replay}
        />
      )}
    </section>
  );
}
