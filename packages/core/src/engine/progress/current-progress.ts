import { emptyProgress } from '../../persistence';
import type { GuideProgress, Snapshot } from '../../persistence/types';

/**
 * The progress that counts for a guide at `version`: the stored one, unless it belongs to an
 * older version, in which case the guide starts afresh (a new version shows again to users
 * who completed or dismissed an older one), keeping only a saved survey answer. Progress from a newer version than the
 * definition (a rolled-back release) is kept as it is, so a dismissal is never undone.
 */
export function currentProgress(stored: GuideProgress | undefined, version: number): GuideProgress {
  if (stored === undefined) return emptyProgress(version);
  if (stored.version >= version) return stored;
  // A survey answer kept as an attribute is a fact about the user, not about one version.
  const fresh = emptyProgress(version);
  return stored.answer === undefined ? fresh : { ...fresh, answer: stored.answer };
}

/** The stored progress of `guideId`, read as an own property only. */
export function storedProgress(snapshot: Snapshot, guideId: string): GuideProgress | undefined {
  return Object.hasOwn(snapshot.guides, guideId) ? snapshot.guides[guideId] : undefined;
}
