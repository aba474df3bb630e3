import { GuidepostError } from '../errors/guidepost-error';
import { GuidepostDefinitionError } from '../guides';
import type { DefinitionIssue } from '../guides';
import type { GuidepostDefinition } from '../guides/types';
import { emptySnapshot } from '../persistence';
import { readUserId } from '../targeting/read-user-id';
import {
  eventRetentionOf,
  guideDependentsOf,
  rolloutProbeOf,
  ruleCompilerOf,
} from '../targeting/rule-kind';
import type { RuleKinds } from '../targeting/rule-kind';
import type { UserAttributes } from '../targeting/types';
import { disableGuide, errorFields, queueEvent, type EngineCore } from './model/engine-core';
import type { GuideSettings } from './model/guide-settings';
import type { EnginePluginParts } from './plugins/guidepost-plugin';
import { resolveGuideSettings } from './model/resolve-guide-settings';
import type { LeanTargetingOptions } from '../targeting/create-lean-targeting';
import type { LeanTargeting } from '../targeting/types';

/**
 * The user id a user is stored under: its own `id` as a string, `undefined` when anonymous;
 * with the error to report when the id was refused (see `readUserId`).
 */
export function userIdOf(user: UserAttributes): {
  readonly id: string | undefined;
  readonly error?: GuidepostError;
} {
  const reading = readUserId(Object.hasOwn(user, 'id') ? user.id : undefined);
  if (reading.problem === undefined) return { id: reading.id };
  const message =
    `${reading.problem}; the user is treated as anonymous (progress stored as 'anonymous', ` +
    'out of every rollout)';
  return {
    id: undefined,
    error: new GuidepostError('invalid_user_id', message, { path: 'user.id' }),
  };
}

/** The storage key of a user id: anonymous users share `anonymous`. */
export function storageKeyOf(userId: string | undefined): string {
  return userId ?? 'anonymous';
}

/**
 * Builds the engine's core from a definition: settings per guide (a guide whose settings
 * cannot be read is disabled), targeting whose rule errors disable the guide being evaluated,
 * and a session for `user`. Issues `parseGuidepost` found are reported per guide. With a
 * modal channel among the plugins' parts, the session holds this engine's token on it. Its
 * targeting compiles the rule kinds of `ruleKinds` alone, with the compiler they carry, or is
 * made by `withoutKinds` when they carry none. A guide whose kind `missingKind` finds
 * unregistered is disabled with the message it gives.
 */
export function createEngineCore(
  definition: GuidepostDefinition,
  user: UserAttributes,
  clock: () => number,
  issues: readonly DefinitionIssue[],
  ruleKinds: RuleKinds,
  plugins: EnginePluginParts,
  withoutKinds: (options: LeanTargetingOptions) => LeanTargeting,
  missingKind: (id: string, kind: string) => string | undefined,
): EngineCore {
  const modalChannel = plugins.modalChannel;
  const settings = new Map<string, GuideSettings>();
  const broken: [string, GuidepostError][] = [];
  definition.guideIds.forEach((id, order) => {
    if (!Object.hasOwn(definition.guides, id)) return;
    const guide = definition.guides[id];
    if (guide === undefined) return;
    const resolved = resolveGuideSettings(id, guide, order);
    settings.set(id, resolved.settings);
    const missing = missingKind(id, guide.kind);
    const error =
      missing === undefined
        ? resolved.error
        : new GuidepostError('invalid_definition', missing, {
            guideId: id,
            path: `guides.${id}.kind`,
          });
    if (error !== undefined) broken.push([id, error]);
  });
  const reported = new Set<string>();
  const userId = userIdOf(user).id;
  const core: EngineCore = {
    definition,
    ids: definition.guideIds.filter((id) => settings.has(id)),
    settings,
    plugins,
    // The compiler comes with the rule kinds: an engine given none bundles none.
    targeting: (ruleCompilerOf(ruleKinds) ?? withoutKinds)({
      kinds: ruleKinds,
      segments: definition.segments,
      touchModel: definition.touchModel,
      onError: (error) => {
        const id = core.evaluating;
        if (id !== undefined) {
          const details = {
            guideId: id,
            cause: error,
            ...(error.path ? { path: error.path } : {}),
          };
          disableGuide(core, id, new GuidepostError(error.code, error.message, details));
        } else if (!reported.has(error.message)) {
          // Segment and touch-model errors outside any guide are told once, not every pass.
          reported.add(error.message);
          core.outbox.errors.push(error);
        }
      },
    }),
    probe: rolloutProbeOf(ruleKinds, definition.segments),
    dependents: guideDependentsOf(ruleKinds, definition),
    retention: eventRetentionOf(ruleKinds, definition),
    clock,
    session: {
      user,
      userId,
      route: undefined,
      ready: false,
      progressUnknown: false,
      open: new Set(),
      armed: new Set(),
      heldElsewhere: new Set(),
      closed: new Set(),
      claimedElsewhere: new Set(),
      claiming: new Set(),
      releases: new Map(),
      disabled: new Map(),
      page: modalChannel === undefined ? undefined : { channel: modalChannel, owner: {} },
    },
    snapshot: emptySnapshot(storageKeyOf(userId)),
    tier: 'tech',
    evaluating: undefined,
    outbox: { events: [], errors: [] },
  };
  for (const [id, error] of broken) disableGuide(core, id, error);
  reportIssues(core, issues);
  return core;
}

/** One `guide_error` per dropped guide (with all its issues), one error per other issue. */
function reportIssues(core: EngineCore, issues: readonly DefinitionIssue[]): void {
  const byGuide = new Map<string, DefinitionIssue[]>();
  for (const issue of issues) {
    if (issue.guideId === undefined) {
      core.outbox.errors.push(new GuidepostDefinitionError([issue]));
      continue;
    }
    const list = byGuide.get(issue.guideId) ?? [];
    list.push(issue);
    byGuide.set(issue.guideId, list);
  }
  for (const [id, list] of byGuide) {
    const error = new GuidepostDefinitionError(list);
    if (core.settings.has(id)) {
      disableGuide(core, id, error);
      continue;
    }
    queueEvent(core, 'guide_error', id, errorFields(error));
    core.outbox.errors.push(error);
  }
}
