import { progressOf, type EngineCore } from '../model/engine-core';
import { resolveStep } from '../progress/resolve-step';

/** Where an open tour stands, which way it last moved, and the step it shows centred. */
interface Travel {
  readonly index: number;
  readonly back: boolean;
  /** The step whose target was reported missing and which shows centred instead. */
  readonly centered: string | undefined;
}

const travels = new WeakMap<EngineCore, Map<string, Travel>>();

function travelsOf(core: EngineCore): Map<string, Travel> {
  let map = travels.get(core);
  if (map === undefined) {
    map = new Map();
    travels.set(core, map);
  }
  return map;
}

/**
 * Notes, after every change, which way each open tour moved: back when its step index went
 * down, forward when it went up, so a missing target is skipped the way the user was going.
 * A tour that closed forgets its travel; a step change forgets the centred step.
 */
export function noteTravel(core: EngineCore): void {
  const map = travelsOf(core);
  for (const id of [...map.keys()]) if (!core.session.open.has(id)) map.delete(id);
  for (const id of core.session.open) {
    const settings = core.settings.get(id);
    if (settings?.kind !== 'tour') continue;
    const { stepIndex } = resolveStep(progressOf(core, id), settings.stepIds);
    const before = map.get(id);
    if (before === undefined) map.set(id, { index: stepIndex, back: false, centered: undefined });
    else if (before.index !== stepIndex) {
      map.set(id, { index: stepIndex, back: stepIndex < before.index, centered: undefined });
    }
  }
}

/** Whether tour `id` last moved back. */
export function travelsBack(core: EngineCore, id: string): boolean {
  return travelsOf(core).get(id)?.back ?? false;
}

/** Shows step `stepId` of tour `id` centred until the tour moves or closes. */
export function centerStep(core: EngineCore, id: string, stepId: string): void {
  const map = travelsOf(core);
  const here = map.get(id);
  const settings = core.settings.get(id);
  const index = here?.index ?? settings?.stepIds.indexOf(stepId) ?? 0;
  map.set(id, { index, back: here?.back ?? false, centered: stepId });
}

/** The step of tour `id` shown centred because its target is missing, if any. */
export function centeredStepOf(core: EngineCore, id: string): string | undefined {
  return travels.get(core)?.get(id)?.centered;
}
