import { buildGuideViews } from './build-guide-views';
import type { EngineCore } from './engine-core';
import type { GuidepostState } from './types';

/**
 * The store's state for the core as it is now: `previous` itself when nothing changed, so
 * subscribers are not woken for nothing, and unchanged guide views keep their identity.
 */
export function buildGuidepostState(
  core: EngineCore,
  previous: GuidepostState | undefined,
): GuidepostState {
  const { session } = core;
  const guides = buildGuideViews(previous?.guides, {
    ids: core.ids,
    settings: core.settings,
    snapshot: core.snapshot,
    open: session.open,
    errors: session.disabled,
  });
  if (
    previous !== undefined &&
    previous.guides === guides &&
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
  };
}
