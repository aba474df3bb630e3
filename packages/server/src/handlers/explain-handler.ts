import { createGuidepost, decodeSnapshot, memoryAdapter, parseGuidepost } from '@guidepost/core';
import type { GuideExplanation, Snapshot, UserAttributes } from '@guidepost/core';
import type { HandlerContext } from '../handler-context';
import { requireId } from '../http/ids';
import { readJsonBody } from '../http/read-json-body';
import { HttpError, json } from '../http/responses';
import { currentDefinition, getVersion } from '../store/definition-store';
import { loadProgress } from '../store/progress-store';
import { parseVersion } from './definition-handlers';

/** What `POST /explain/:userId` answers. */
export interface ExplainResponse {
  readonly userId: string;
  /** The definition version judged. */
  readonly version: number;
  /** When the judgement was made, epoch ms. */
  readonly at: number;
  /** Whether progress was stored for the user (without it every guide is judged as new). */
  readonly progressFound: boolean;
  /** Each guide of the definition, by id: eligible or not, every reason, the audience rule. */
  readonly guides: Readonly<Record<string, GuideExplanation>>;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const noScheduler = { setTimeout: () => undefined, clearTimeout: () => undefined };

/**
 * `POST /explain/:userId`, body `{ "attributes": {...}, "version"?: n, "at"?: epochMs }`: for
 * support staff, which guides this user is eligible for and, for each one that is not, why,
 * judged by the core engine itself from the stored progress and the attributes given, against
 * the current definition (or `version`). Reads only; nothing is stored.
 */
export async function postExplain(
  context: HandlerContext,
  request: Request,
  userIdParam: string,
): Promise<Response> {
  const userId = requireId(userIdParam, 'The user id');
  await context.authorize(request, { type: 'explain', userId });
  const body = await readJsonBody(request, context.bodyBytes);
  if (!isPlainRecord(body)) throw new HttpError(422, 'invalid_body', 'Send { "attributes": {} }.');
  const attributes = body.attributes ?? {};
  if (!isPlainRecord(attributes)) {
    throw new HttpError(422, 'invalid_attributes', 'attributes: an object of user attributes.');
  }
  const at = body.at ?? (context.options.now ?? Date.now)();
  if (typeof at !== 'number' || !Number.isFinite(at)) {
    throw new HttpError(422, 'invalid_time', 'at: epoch milliseconds.');
  }
  const chosen =
    body.version === undefined
      ? await currentDefinition(context.database)
      : await getVersion(context.database, parseVersion(body.version));
  if (chosen === undefined) {
    throw new HttpError(404, 'not_found', 'No such definition version is stored.');
  }
  const stored = await loadProgress(context.database, userId);
  const decoded = stored === undefined ? undefined : decodeSnapshot(stored, { userId });
  const snapshots: Snapshot[] =
    decoded?.status === 'ok' || decoded?.status === 'migrated' ? [decoded.snapshot] : [];

  const { definition, issues } = parseGuidepost(chosen.definition);
  const user: UserAttributes = { ...attributes, id: userId };
  const engine = createGuidepost(definition, {
    user,
    issues,
    storage: memoryAdapter(snapshots),
    now: () => at,
    scheduler: noScheduler,
    locks: null,
    onEvent: () => undefined,
    onError: () => undefined,
  });
  try {
    const guides: Record<string, GuideExplanation> = {};
    for (const id of definition.guideIds) {
      Object.defineProperty(guides, id, { value: engine.explain(id), enumerable: true });
    }
    const answer: ExplainResponse = {
      userId,
      version: chosen.version,
      at,
      progressFound: snapshots.length > 0,
      guides,
    };
    return json(answer);
  } finally {
    engine.destroy();
  }
}
