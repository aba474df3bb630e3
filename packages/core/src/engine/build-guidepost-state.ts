import type { RuleContext } from '../targeting/types';
import { buildGuideViews } from './build-guide-views';
import { scopeNow, type EngineCore } from './model/engine-core';
import { byPageOrder } from './pacing/plan-shows';
import type { GuidepostState } from './model/types';

/** The modal guides open here, in page order; `previous` itself when they did not change. */
function modalShow(core: EngineCore, previous: readonly string[] | undefined): readonly string[] {
  const open = [...core.session.open].flatMap((id) => {
    const settings = core.settings.get(id);
    if (settings?.channel !== 'modal') return [];
    return [
      { id, order: settings.order, publishedAt: settings.publishedMs, priority: settings.priority },
    ];
  });
  const ids = open.sort(byPageOrder).map(({ id }) => id);
  if (previous !== undefined && previous.length === ids.length) {
    if (previous.every((id, at) => id === ids[at])) return previous;
  }
  // A new array, never a shared empty one: React 18's useSyncExternalStore can keep the value
  // from before a show opened, and a closed show equal to it would never re-render the modal.
  return ids;
}

/**
 * The store's state for the core as it is now: `previous` itself when nothing changed, so
 * subscribers are not woken for nothing, and unchanged guide views keep their identity.
 */
export function buildGuidepostState(
  core: EngineCore,
  previous: GuidepostState | undefined,
  centeredStep?: (id: string) => string | undefined,
): GuidepostState {
  const { session } = core;
  let scope: RuleContext | undefined;
  const guides = buildGuideViews(previous?.guides, {
    ids: core.ids,
    settings: core.settings,
    snapshot: core.snapshot,
    open: session.open,
    errors: session.disabled,
    visibleItems: (id) =>
      core.plugins.checklist?.visibleItems(core, id, () => (scope ??= scopeNow(core))) ?? [],
    ...(centeredStep === undefined ? {} : { centeredStep }),
  });
  const modal = modalShow(core, previous?.modal);
  if (
    previous !== undefined &&
    previous.guides === guides &&
    previous.modal === modal &&
    previous.snapshot === core.snapshot &&
    previous.ready === session.ready &&
    previous.user === session.user &&
    previous.userId === session.userId &&
    previous.tier === core.tier &&
    previous.route === session.route
  ) {
    return previous;
  }
  return {
    ready: session.ready,
    user: session.user,
    userId: session.userId,
    tier: core.tier,
    route: session.route,
    snapshot: core.snapshot,
    guides,
    modal,
  };
}
