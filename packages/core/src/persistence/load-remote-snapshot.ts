import { GuidepostError } from '../errors/guidepost-error';
import { decodeSnapshot } from './decode-snapshot';
import type { ReportOnce } from './report-once';
import { reportError, reportNewerSchema } from './report-once';
import type { AdapterContext, RemoteStore, Snapshot } from './types';

/** What the server answered, read through the codec. */
export type RemoteLoad =
  | { readonly status: 'found'; readonly snapshot: Snapshot; readonly clean: boolean }
  | { readonly status: 'none' | 'failed' | 'newer' };

/**
 * Calls `remote.load` and validates the answer; never rejects. A rejection or an unreadable
 * answer reports `remote_load_failed`; a newer schema reports `storage_newer_version` once.
 * `clean` is true when the answer was a current snapshot that needed no repair.
 */
export async function loadRemoteSnapshot(
  remote: RemoteStore,
  userId: string,
  context: AdapterContext,
  report: ReportOnce,
): Promise<RemoteLoad> {
  let raw: unknown;
  try {
    raw = await remote.load(userId);
  } catch (cause) {
    const message = 'Loading progress from the server failed; using what this device has.';
    reportError(context, new GuidepostError('remote_load_failed', message, { cause }));
    return { status: 'failed' };
  }
  if (raw === null || raw === undefined) return { status: 'none' };
  const result = decodeSnapshot(raw, { userId });
  switch (result.status) {
    case 'corrupt':
      reportError(
        context,
        new GuidepostError('remote_load_failed', `The server's progress: ${result.reason}`),
      );
      return { status: 'failed' };
    case 'newer':
      reportNewerSchema(
        report,
        context,
        userId,
        "The server's progress",
        result.version,
        'nothing is sent over it.',
      );
      return { status: 'newer' };
    default:
      return {
        status: 'found',
        snapshot: result.snapshot,
        clean: result.status === 'ok' && result.issues.length === 0,
      };
  }
}
