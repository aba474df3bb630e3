import { GuidepostError } from '../../errors/guidepost-error';
import { claimShow, type ShowLocks } from './web-locks';
import { storageKeyOf } from '../create-engine-core';
import { scopeNow, type EngineCore } from '../model/engine-core';
import { evaluateGuides, planFor } from '../evaluate-guides';
import { openGuide } from '../actions/show-guide';

/** Cross-tab claims of once-only modal shows. */
export interface ShowClaims {
  /** Starts a claim for a show when it needs one; true when the show now waits for it. */
  claim(id: string): boolean;
  /** Drops claims in flight (the user changed): their answers are ignored. */
  reset(): void;
}

/**
 * Claims once-only modal shows through Web Locks before opening them, so two tabs never show
 * the same one at the same instant. A granted claim opens the guide if it is still the one to
 * show and holds the lock until it closes; a denied claim marks it shown elsewhere; a lock
 * manager that fails is dropped and shows go on unclaimed. The pages of a group (announcements
 * paging through one modal) open together once every claim of the show is answered, never one
 * by one as each is granted: the modal opens once, counting all its pages from the start.
 */
export function createShowClaims(
  core: EngineCore,
  initial: ShowLocks | undefined,
  act: (run: () => void) => void,
): ShowClaims {
  const { session } = core;
  let locks = initial;
  let generation = 0;
  /** Granted claims that wait, still counted as claiming, for the rest of their show's. */
  const held = new Map<string, () => void>();
  const othersPending = (id?: string) =>
    [...session.claiming].some((other) => other !== id && !held.has(other));
  /** Opens the held pages the plan still shows, all in one change; lets the others go. */
  const openHeld = () => {
    if (held.size === 0) return;
    const plan = planFor(core, evaluateGuides(core, scopeNow(core)));
    for (const [id, release] of held) {
      held.delete(id);
      session.claiming.delete(id);
      if (plan.eligible.includes(id) && !session.open.has(id)) {
        openGuide(core, id);
        session.releases.set(id, release);
      } else {
        release();
      }
    }
  };
  return {
    claim(id) {
      const settings = core.settings.get(id);
      if (locks === undefined || settings?.channel !== 'modal' || !settings.once) return false;
      if (session.claiming.has(id)) return true;
      session.claiming.add(id);
      const mine = generation;
      const manager = locks;
      const name = `guidepost:${storageKeyOf(session.userId)}:${id}:v${settings.version}`;
      claimShow(manager, name, {
        granted: (release) => {
          let shown = false;
          act(() => {
            // Planned while this claim still counts as part of the show, so the pages of a
            // group granted one by one all join it.
            const plan =
              mine === generation ? planFor(core, evaluateGuides(core, scopeNow(core))) : undefined;
            const wanted = plan?.eligible.includes(id) === true && !session.open.has(id);
            if (wanted && othersPending(id)) {
              held.set(id, release);
              shown = true;
              return;
            }
            session.claiming.delete(id);
            if (wanted) {
              openGuide(core, id);
              session.releases.set(id, release);
              shown = true;
            }
            openHeld();
          });
          return shown;
        },
        denied: () =>
          act(() => {
            session.claiming.delete(id);
            if (mine === generation) session.claimedElsewhere.add(id);
            if (!othersPending()) openHeld();
          }),
        failed: (cause) => {
          if (locks === manager) locks = undefined;
          act(() => {
            session.claiming.delete(id);
            if (!othersPending()) openHeld();
            const message = 'Web Locks failed; shows are no longer claimed across tabs';
            core.outbox.errors.push(
              new GuidepostError('adapter_failed', message, { guideId: id, cause }),
            );
          });
        },
      });
      return true;
    },
    reset() {
      generation += 1;
      for (const release of held.values()) release();
      held.clear();
      session.claiming.clear();
    },
  };
}
