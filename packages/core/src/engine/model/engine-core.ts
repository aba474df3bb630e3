import type { GuidepostEvent } from '../../analytics/types';
import type { GuidepostError } from '../../errors/guidepost-error';
import type { GuideDefinition, GuidepostDefinition } from '../../guides/types';
import type { GuideProgress, Snapshot } from '../../persistence/types';
import type {
  EventHistory,
  GuideStateReader,
  LeanTargeting,
  RuleContext,
  TouchTier,
  UserAttributes,
} from '../../targeting/types';
import { currentProgress, storedProgress } from '../progress/current-progress';
import { snapshotEventHistory, snapshotGuideReader } from '../scope-input-of';
import type { DefinitionRetention } from '../../targeting/event-retention';
import type { GuideSettings } from './guide-settings';
import type { ModalChannel } from '../plugins/modal-channel';
import type { EnginePluginParts } from '../plugins/guidepost-plugin';
import type { GuideDependents } from '../../targeting/guide-dependents';
import type { RolloutProbe } from '../../targeting/rollout-probe';

/** What this tab knows beyond the snapshot. Never persisted. */
export interface Session {
  user: UserAttributes;
  /** `undefined` for an anonymous user. */
  userId: string | undefined;
  route: string | undefined;
  ready: boolean;
  /**
   * An identified user's stored progress could not be loaded: once-only modal guides wait
   * rather than risk showing one the user already dismissed.
   */
  progressUnknown: boolean;
  /** Guides shown in this tab. */
  readonly open: Set<string>;
  /** Guides whose trigger fired (event, route, `start`) and that have not shown since. */
  readonly armed: Set<string>;
  /** Guides another tab opened while this one ran: they show there, not here. */
  readonly heldElsewhere: Set<string>;
  /** Modal guides closed for now in this tab: they wait for a new trigger, not just eligibility. */
  readonly closed: Set<string>;
  /** Guides whose cross-tab claim another tab won. */
  readonly claimedElsewhere: Set<string>;
  /** Guides waiting for a cross-tab claim. */
  readonly claiming: Set<string>;
  /** How to let go of the claim of each open guide that holds one. */
  readonly releases: Map<string, () => void>;
  /** Broken guides, disabled for the life of the engine. */
  readonly disabled: Map<string, GuidepostError>;
  /** The modal channel shared with other engines, and this engine's token on it. */
  readonly page: { readonly channel: ModalChannel; readonly owner: object } | undefined;
}

/** The engine's moving parts, shared by the modules that act on them. */
export interface EngineCore {
  readonly definition: GuidepostDefinition;
  /** Guide ids in definition order. */
  readonly ids: readonly string[];
  readonly settings: ReadonlyMap<string, GuideSettings>;
  /** What the engine's plugins added: storage, locks, timers, companions. */
  readonly plugins: EnginePluginParts;
  readonly targeting: LeanTargeting;
  /** Whether a rollout decides an audience; only with a rule kind that buckets users. */
  readonly probe: RolloutProbe | undefined;
  /** Whose audience reads which guide; only with a rule kind that reads guide states. */
  readonly dependents: GuideDependents | undefined;
  readonly retention: DefinitionRetention;
  readonly clock: () => number;
  readonly session: Session;
  snapshot: Snapshot;
  tier: TouchTier;
  /** The guide whose rules are being evaluated, so a throw disables that guide alone. */
  evaluating: string | undefined;
  /** Events and errors to hand out once the state is committed. */
  readonly outbox: { events: GuidepostEvent[]; errors: GuidepostError[] };
}

/** The definition of a guide, or `undefined` for an unknown id. */
export function guideOf(core: EngineCore, id: string): GuideDefinition | undefined {
  return Object.hasOwn(core.definition.guides, id) ? core.definition.guides[id] : undefined;
}

/** The progress that counts for `id` now (its current version's). */
export function progressOf(core: EngineCore, id: string): GuideProgress {
  const version = core.settings.get(id)?.version ?? 1;
  return currentProgress(storedProgress(core.snapshot, id), version);
}

/** The guides record each engine's writes have copied since its last commit, theirs to change. */
const drafts = new WeakMap<EngineCore, Snapshot['guides']>();

/**
 * Ends the copy that `writeProgress` changes in place: called when a change starts and when it
 * commits, so a snapshot that left the engine (to the store, to storage) is never changed.
 */
export function sealProgress(core: EngineCore): void {
  drafts.delete(core);
}

/**
 * Stores `progress` for `id` when it differs from what is there. The first write of a change
 * copies the guides record, and later writes of the same change reuse that copy, so opening a
 * chain of 1,000 guides copies the record once, not once per guide.
 */
export function writeProgress(core: EngineCore, id: string, progress: GuideProgress): void {
  if (storedProgress(core.snapshot, id) === progress) return;
  const draft = drafts.get(core);
  const guides = draft === core.snapshot.guides ? draft : { ...core.snapshot.guides };
  drafts.set(core, guides);
  Object.defineProperty(guides, id, {
    value: progress,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  core.snapshot = { ...core.snapshot, guides };
}

type EventFields<N extends GuidepostEvent['name']> = Omit<
  Extract<GuidepostEvent, { name: N }>,
  'name' | 'guideId' | 'version' | 'tier' | 'userId' | 'timestamp'
>;

/** Queues an event about guide `id`, stamped with its version, the tier, the user and the time. */
export function queueEvent<N extends GuidepostEvent['name']>(
  core: EngineCore,
  name: N,
  id: string,
  fields: EventFields<N>,
): void {
  core.outbox.events.push({
    name,
    guideId: id,
    version: core.settings.get(id)?.version ?? 1,
    tier: core.tier,
    userId: core.session.userId,
    timestamp: core.clock(),
    ...fields,
  } as GuidepostEvent);
}

/**
 * Disables a broken guide for the life of the engine, closes it, and reports it once as a
 * `guide_error` event and through `onError`.
 */
export function disableGuide(core: EngineCore, id: string, error: GuidepostError): void {
  if (core.session.disabled.has(id)) return;
  core.session.disabled.set(id, error);
  queueEvent(core, 'guide_error', id, errorFields(error));
  core.outbox.errors.push(error);
}

/** The fields of a `guide_error` event for an error. */
export function errorFields(error: GuidepostError): EventFields<'guide_error'> {
  return {
    code: error.code,
    message: error.message,
    ...(error.stepId === undefined ? {} : { stepId: error.stepId }),
    ...(error.path === undefined ? {} : { path: error.path }),
  };
}

/** Answers `event` rules from the snapshot's tallies. */
export function eventHistory(core: EngineCore): EventHistory {
  return snapshotEventHistory(() => core.snapshot, core.clock);
}

/** Answers sequencing rules (`{ guide, is }`) from the stored progress of any version. */
export function guideStateReader(core: EngineCore): GuideStateReader {
  return snapshotGuideReader(() => core.snapshot);
}

/**
 * A targeting scope for this moment: segments and tier are computed at most once in it. With
 * the `surveyAnswers()` plugin, the user's attributes include the answers kept as attributes.
 */
export function scopeNow(core: EngineCore): RuleContext {
  const { user } = core.session;
  return core.targeting.scope({
    user: core.plugins.surveyAnswers?.withAnswers(user, core.snapshot) ?? user,
    now: core.clock(),
    events: eventHistory(core),
    guide: guideStateReader(core),
  });
}

/** Evaluates a rule on behalf of guide `id`, so an error it raises is blamed on that guide. */
export function evaluateFor(core: EngineCore, id: string, run: () => boolean): boolean {
  const previous = core.evaluating;
  core.evaluating = id;
  try {
    return run();
  } finally {
    core.evaluating = previous;
  }
}
