import type { GuidePlacement, TouchTier } from '@guidepost/core';
import { isAnchorName } from '../../dom/anchor-selector';
import type { PickedAnchor } from './anchor-of-element';
import { slugOf } from './slug-of';

/** How a drafted step moves on: its Next button, a click on its target, or a tracked event. */
export type DraftAdvance = 'next' | 'click' | 'event';

/** Who a drafted guide is for: everyone, one of the definition's segments, or one touch tier. */
export type DraftAudience =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'segment'; readonly segment: string }
  | { readonly kind: 'tier'; readonly tier: TouchTier };

/** One step as the authoring mode drafts it. */
export interface DraftStep {
  /** The picked element's anchor; `undefined` for a centred step. */
  readonly anchor: PickedAnchor | undefined;
  /** The picked element itself, which the preview points at before it declares its anchor. */
  readonly element: Element | undefined;
  readonly title: string;
  readonly body: string;
  /** `auto` leaves the side to the tour (below the target, flipped when there is no room). */
  readonly placement: GuidePlacement | 'auto';
  readonly advance: DraftAdvance;
  /** The event that advances the step when `advance` is `event`. */
  readonly event: string;
}

/** A tour as the authoring mode drafts it. */
export interface DraftGuide {
  readonly id: string;
  readonly audience: DraftAudience;
  /** `auto`: shows on its own to whoever the audience matches; `manual`: through `start(id)`. */
  readonly trigger: 'auto' | 'manual';
  readonly steps: readonly DraftStep[];
}

/** A blank step, pointing at nothing yet. */
export const EMPTY_STEP: DraftStep = {
  anchor: undefined,
  element: undefined,
  title: '',
  body: '',
  placement: 'auto',
  advance: 'next',
  event: '',
};

/** The anchor name a step's target will be: the declared one, or the one to add. */
export function anchorNameOf(anchor: PickedAnchor): string {
  return anchor.kind === 'declared' ? anchor.name : anchor.suggested;
}

/** Step ids from the titles (`step-2` for a step without one), each used once. */
function stepIdsOf(steps: readonly DraftStep[]): string[] {
  const used = new Set<string>();
  return steps.map((step, index) => {
    const base = slugOf(step.title) || `step-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

function audienceOf(audience: DraftAudience): Json | undefined {
  if (audience.kind === 'segment') return { segment: audience.segment };
  if (audience.kind === 'tier') return { tier: audience.tier };
  return undefined;
}

function stepOf(step: DraftStep, id: string): Record<string, Json> {
  const out: Record<string, Json> = { id };
  if (step.anchor !== undefined) {
    const name = anchorNameOf(step.anchor);
    // A declared name with other characters still works through the object form.
    out.target = isAnchorName(name) ? name : { anchor: name };
  }
  if (step.title.trim() !== '') out.title = step.title.trim();
  if (step.body.trim() !== '') out.body = step.body.trim();
  if (step.placement !== 'auto') out.placement = step.placement;
  if (step.advance === 'click') out.advanceOn = { click: true };
  if (step.advance === 'event') out.advanceOn = { event: step.event.trim() };
  return out;
}

/**
 * The guide a draft stands for, as plain JSON in the definition format: what the TypeScript
 * and JSON exports print and the validator reads. Fields left at their default are left out.
 *
 * @example
 * guideOfDraft(draft); // { kind: 'tour', audience: { tier: 'tech' }, steps: [{ id: 'new-project', … }] }
 */
export function guideOfDraft(draft: DraftGuide): Record<string, Json> {
  const guide: Record<string, Json> = { kind: 'tour' };
  if (draft.trigger === 'manual') guide.trigger = 'manual';
  const audience = audienceOf(draft.audience);
  if (audience !== undefined) guide.audience = audience;
  const ids = stepIdsOf(draft.steps);
  guide.steps = draft.steps.map((step, index) => stepOf(step, ids[index]!));
  return guide;
}

/** The picked elements that declare no anchor yet: each needs `data-guidepost` added. */
export function missingAnchorsOf(draft: DraftGuide): Extract<PickedAnchor, { kind: 'missing' }>[] {
  const missing: Extract<PickedAnchor, { kind: 'missing' }>[] = [];
  for (const { anchor } of draft.steps) {
    if (anchor?.kind === 'missing' && !missing.some((m) => m.suggested === anchor.suggested)) {
      missing.push(anchor);
    }
  }
  return missing;
}
