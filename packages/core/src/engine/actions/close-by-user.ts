import type { EngineCore } from '../model/engine-core';
import { closeAction, dismissAction } from './status-actions';
import type { GuideCloseReason } from '../model/types';

/**
 * The user closed a guide: its ×, Escape, or `close()` from a hook or the engine. What that
 * means is decided here, once, by the guide's kind, whatever closed it:
 *
 * - a **tour** the user walks out of is dismissed for good in its version (`'close'` unless
 *   told otherwise), so it is not pushed at them again; `start(id, { force: true })` still
 *   replays it, and `snooze` is the "not now";
 * - an **announcement**, a **hint** or a **checklist** ends its show for now: the show counted,
 *   and it comes back as its `frequency` allows. A reason reports it as `guide_dismissed`.
 *
 * @example
 * closeByUser(core, 'welcome', 'escape'); // a tour: dismissed, reason 'escape'
 */
export function closeByUser(core: EngineCore, id: string, given?: GuideCloseReason): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const reason = closeReasonOf(given);
  if (settings.kind === 'tour') {
    if (!core.session.open.has(id)) return;
    dismissAction(core, id, reason ?? 'close');
    return;
  }
  closeAction(core, id, reason);
}

/**
 * The reason as analytics reports it. Anything but `'escape'` is the close button: an action
 * passed straight to `onClick` receives the click event where a reason would be.
 */
function closeReasonOf(given: unknown): GuideCloseReason | undefined {
  if (given === undefined) return undefined;
  return given === 'escape' ? 'escape' : 'close';
}
