import { GuidepostError } from '../errors/guidepost-error';
import type { AdapterContext } from './types';

/** Hands an error to the host; a throwing `onError` is swallowed, since adapters never throw. */
export function reportError(context: AdapterContext, error: GuidepostError): void {
  try {
    context.onError(error);
  } catch {
    // The host's error hook failing must not break persistence.
  }
}

/** Reports an error unless one with the same `key` was already reported. */
export type ReportOnce = (context: AdapterContext, key: string, error: GuidepostError) => void;

/**
 * A reporter that speaks once per key for its lifetime, so a storage that fails on every write
 * produces one diagnostic, not one per write.
 */
export function createReportOnce(): ReportOnce {
  const reported = new Set<string>();
  return (context, key, error) => {
    if (reported.has(key)) return;
    reported.add(key);
    reportError(context, error);
  };
}

/**
 * Reports, once per user, progress whose schema is newer than this build reads: `where` names
 * it (the storage key, the server), `consequence` says what this session does about it.
 */
export function reportNewerSchema(
  report: ReportOnce,
  context: AdapterContext,
  userId: string,
  where: string,
  version: number,
  consequence: string,
): void {
  report(
    context,
    `storage_newer_version:${userId}`,
    new GuidepostError(
      'storage_newer_version',
      `${where} uses schema ${version}, newer than this build knows; ${consequence}`,
    ),
  );
}
