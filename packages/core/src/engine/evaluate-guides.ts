import type { TourGuide } from '../guides/types';
import type { GuideProgress } from '../persistence/types';
import type { RuleContext } from '../targeting/types';
import { deliveryReasons, type DeliveryReason } from './pacing/delivery-reasons';
import { evaluateFor, guideOf, progressOf, scopeNow, type EngineCore } from './model/engine-core';
import type { GuideSettings } from './model/guide-settings';
import { modalChannelBusy } from './plugins/modal-channel';
import { planShows, type ShowPlan } from './pacing/plan-shows';
import { resolveStep } from './progress/resolve-step';
import { stepRouteMatches } from './step-route-matches';

/** One guide's conditions, evaluated at one moment. */
export interface GuideEvaluation {
  readonly id: string;
  readonly settings: GuideSettings;
  readonly progress: GuideProgress;
  /** Why it may not show, the modal channel aside; empty when it may. */
  readonly reasons: readonly DeliveryReason[];
  /** Every condition but the audience holds. */
  readonly delivered: boolean;
  /** Whether the audience matched; `undefined` when it was not evaluated. */
  readonly audience: boolean | undefined;
}

/**
 * Whether the step a tour would show (where an active one stands, else its first) lives on a
 * route the app is not on; such a tour waits without holding the modal channel.
 */
function isOffRoute(
  guide: TourGuide,
  settings: GuideSettings,
  progress: GuideProgress,
  route: string | undefined,
): boolean {
  const at = progress.status === 'active' ? resolveStep(progress, settings.stepIds).stepIndex : 0;
  const step = guide.steps[at];
  return step !== undefined && !stepRouteMatches(step, route);
}

const AUDIENCE_REASON: DeliveryReason = { code: 'audience' };

/**
 * Evaluates one guide. The audience is evaluated only when everything else holds (or when
 * `always`), so a guide that cannot show anyway costs nothing; a rule that throws while it is
 * evaluated disables this guide alone.
 */
export function evaluateGuide(
  core: EngineCore,
  scope: RuleContext,
  id: string,
  always = false,
): GuideEvaluation | undefined {
  const settings = core.settings.get(id);
  const guide = guideOf(core, id);
  if (settings === undefined || guide === undefined) return undefined;
  const progress = progressOf(core, id);
  const input = {
    settings,
    progress,
    now: scope.now,
    ready: core.session.ready,
    progressUnknown: core.session.progressUnknown,
    triggered: core.session.armed.has(id),
    open: core.session.open.has(id),
    heldElsewhere: core.session.heldElsewhere.has(id),
    claimedElsewhere: core.session.claimedElsewhere.has(id),
    error: core.session.disabled.get(id),
    closedHere: settings.channel === 'modal' && core.session.closed.has(id),
    offRoute: guide.kind === 'tour' && isOffRoute(guide, settings, progress, core.session.route),
  };
  const reasons = deliveryReasons(input);
  const pacing = core.plugins.pacing;
  if (reasons.length === 0 && pacing !== undefined) {
    reasons.push(...pacing.reasons(core, id, progress, scope.now));
  }
  const delivered = reasons.length === 0;
  let audience: boolean | undefined;
  const rule = guide.audience;
  if (input.error === undefined && (delivered || always)) {
    audience =
      rule === undefined || evaluateFor(core, id, () => core.targeting.evaluate(rule, scope));
    const error = core.session.disabled.get(id);
    if (error !== undefined) {
      return {
        id,
        settings,
        progress,
        reasons: deliveryReasons({ ...input, error }),
        delivered: false,
        audience: false,
      };
    }
    if (!audience) reasons.push(AUDIENCE_REASON);
  }
  return { id, settings, progress, reasons, delivered, audience };
}

/** Evaluates every guide in definition order. */
export function evaluateGuides(core: EngineCore, scope: RuleContext): GuideEvaluation[] {
  const evaluations: GuideEvaluation[] = [];
  for (const id of core.ids) {
    const evaluation = evaluateGuide(core, scope, id);
    if (evaluation !== undefined) evaluations.push(evaluation);
  }
  return evaluations;
}

/**
 * Plans the shows for a set of evaluations and this tab's session. While another engine on a
 * shared modal channel shows a modal guide, this engine's modal guides wait.
 */
export function planFor(core: EngineCore, evaluations: readonly GuideEvaluation[]): ShowPlan {
  const busy = modalChannelBusy(core);
  return planShows(
    evaluations.map((evaluation) => ({
      id: evaluation.id,
      channel: evaluation.settings.channel,
      priority: evaluation.settings.priority,
      order: evaluation.settings.order,
      passed: evaluation.reasons.length === 0 && !(busy && evaluation.settings.channel === 'modal'),
      open: core.session.open.has(evaluation.id),
      claiming: core.session.claiming.has(evaluation.id),
      groupable: evaluation.settings.kind === 'announcement',
      publishedAt: evaluation.settings.publishedMs,
    })),
  );
}

/** Ids eligible now, in show order: every inline guide that may show, and the modal channel's holder. */
export function eligibleGuides(core: EngineCore): string[] {
  return [...planFor(core, evaluateGuides(core, scopeNow(core))).eligible];
}
