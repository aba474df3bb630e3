import type { GuidePlacement } from '@guidepost/core';
import { useId, type RefObject } from 'react';
import type { DraftAdvance, DraftStep } from './draft-guide';

const PLACEMENTS: readonly (GuidePlacement | 'auto')[] = [
  'auto',
  'bottom',
  'top',
  'left',
  'right',
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
];

const ADVANCES: Readonly<Record<DraftAdvance, string>> = {
  next: 'Its Next button',
  click: 'A click on the target',
  event: 'A tracked event',
};

/** Props of {@link StepFields}. */
export interface StepFieldsProps {
  readonly step: DraftStep;
  readonly onChange: (step: DraftStep) => void;
  /** The definition's event names, offered for `advanceOn: { event }`. */
  readonly events: readonly string[];
  readonly picking: boolean;
  readonly onPick: () => void;
  readonly onCancelPick: () => void;
  readonly pickButton: RefObject<HTMLButtonElement | null>;
}

function TargetText({ step }: { step: DraftStep }) {
  const { anchor } = step;
  if (anchor === undefined) return <>No target yet: the step shows centred.</>;
  if (anchor.kind === 'declared') {
    return (
      <>
        Anchor <code>{anchor.name}</code> ({anchor.label}).
      </>
    );
  }
  return (
    <>
      The {anchor.label} has no anchor. Add{' '}
      <code>data-guidepost=&quot;{anchor.suggested}&quot;</code> to it (or{' '}
      <code>useAnchor(&apos;{anchor.suggested}&apos;)</code>); the export points at that name.
    </>
  );
}

/**
 * The fields of one drafted step: its target (picked on the page), title, body, placement and
 * what moves it on. Every field has a visible label.
 */
export function StepFields({
  step,
  onChange,
  events,
  picking,
  onPick,
  onCancelPick,
  pickButton,
}: StepFieldsProps) {
  const id = useId();
  const set = (patch: Partial<DraftStep>) => onChange({ ...step, ...patch });
  return (
    <div className="gp-devtools-step-fields">
      <p className="gp-devtools-target" id={`${id}-target`}>
        <TargetText step={step} />
      </p>
      <button
        type="button"
        ref={pickButton}
        aria-describedby={`${id}-target`}
        onClick={picking ? onCancelPick : onPick}
      >
        {picking
          ? 'Cancel picking'
          : step.anchor === undefined
            ? 'Pick an element'
            : 'Pick another element'}
      </button>
      <p className="gp-devtools-pick-status" role="status">
        {picking
          ? 'Picking: point at an element and click it, or Tab to it and press Enter. Escape cancels.'
          : ''}
      </p>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={step.title}
        onChange={(event) => set({ title: event.target.value })}
      />
      <label htmlFor={`${id}-body`}>Body</label>
      <textarea
        id={`${id}-body`}
        value={step.body}
        onChange={(event) => set({ body: event.target.value })}
      />
      <label htmlFor={`${id}-placement`}>Placement</label>
      <select
        id={`${id}-placement`}
        value={step.placement}
        onChange={(event) => set({ placement: event.target.value as DraftStep['placement'] })}
      >
        {PLACEMENTS.map((placement) => (
          <option key={placement} value={placement}>
            {placement === 'auto' ? 'auto (below, flipped when there is no room)' : placement}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-advance`}>Moves on with</label>
      <select
        id={`${id}-advance`}
        value={step.advance}
        onChange={(event) => set({ advance: event.target.value as DraftAdvance })}
      >
        {(Object.keys(ADVANCES) as DraftAdvance[]).map((advance) => (
          <option key={advance} value={advance}>
            {ADVANCES[advance]}
          </option>
        ))}
      </select>
      {step.advance === 'event' ? (
        <>
          <label htmlFor={`${id}-event`}>Event</label>
          <input
            id={`${id}-event`}
            list={`${id}-events`}
            value={step.event}
            onChange={(event) => set({ event: event.target.value })}
          />
          <datalist id={`${id}-events`}>
            {events.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      ) : null}
    </div>
  );
}
