import { formatIssue, parseGuidepost } from '@guidepost/core';
import type { HandlerContext } from '../handler-context';
import { readJsonBody } from '../http/read-json-body';
import { HttpError, json } from '../http/responses';
import {
  createDraft,
  currentDefinition,
  getVersion,
  listVersions,
  publishVersion,
  rollBack,
  updateDraft,
} from '../store/definition-store';

const MAX_NOTE = 2_000;

/** Reads a version number from the URL or a body. */
export function parseVersion(value: unknown): number {
  const number = typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0) return number;
  throw new HttpError(400, 'invalid_version', 'A version is a whole number from 1.');
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `{ definition, note? }` and checks the definition with `parseGuidepost`. */
async function readDraft(
  context: HandlerContext,
  request: Request,
): Promise<{ definition: unknown; note: string | undefined }> {
  const body = await readJsonBody(request, context.definitionBytes);
  if (!isPlainRecord(body) || !isPlainRecord(body.definition)) {
    throw new HttpError(422, 'invalid_body', 'Send { "definition": {...}, "note": "..." }.');
  }
  const note = body.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    throw new HttpError(422, 'invalid_note', `note: a string of at most ${MAX_NOTE} characters.`);
  }
  const { issues } = parseGuidepost(body.definition);
  if (issues.length > 0) {
    throw new HttpError(
      422,
      'invalid_definition',
      `The definition has ${issues.length} issue(s); nothing was stored. ` +
        issues.slice(0, 5).map(formatIssue).join(' '),
      { issues: issues.map((issue) => ({ ...issue, text: formatIssue(issue) })) },
    );
  }
  return { definition: body.definition, note };
}

/**
 * `GET /definitions`: the current published definition, `{ version, definition }`, with an
 * `ETag` naming the version; a client that sends it back in `If-None-Match` gets 304.
 */
export async function getCurrentDefinition(
  context: HandlerContext,
  request: Request,
): Promise<Response> {
  await context.authorize(request, { type: 'definitions:read' });
  const current = await currentDefinition(context.database);
  if (current === undefined) {
    throw new HttpError(404, 'not_found', 'No definition has been published yet.');
  }
  const etag = `"v${current.version}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  const match = request.headers.get('if-none-match');
  if (match !== null && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return json({ version: current.version, definition: current.definition }, 200, headers);
}

/** `GET /definitions/versions`: every version, newest first, without bodies. */
export async function getVersions(context: HandlerContext, request: Request): Promise<Response> {
  await context.authorize(request, { type: 'definitions:review' });
  return json({ versions: await listVersions(context.database) });
}

/** `GET /definitions/versions/:version`: one version with its body, drafts included. */
export async function getDefinitionVersion(
  context: HandlerContext,
  request: Request,
  versionParam: string,
): Promise<Response> {
  const version = parseVersion(versionParam);
  await context.authorize(request, { type: 'definitions:review', version });
  const found = await getVersion(context.database, version);
  if (found === undefined) throw new HttpError(404, 'not_found', `No version ${version}.`);
  return json(found);
}

/** `POST /definitions/versions`: a new draft from `{ definition, note? }`; 201 `{ version }`. */
export async function postDraft(context: HandlerContext, request: Request): Promise<Response> {
  const actor = await context.authorize(request, { type: 'definitions:draft' });
  const { definition, note } = await readDraft(context, request);
  const version = await createDraft(context.database, definition, note ?? '', actor);
  return json({ version, status: 'draft' }, 201);
}

/** `PUT /definitions/versions/:version`: replaces a draft; a published version answers 409. */
export async function putDraft(
  context: HandlerContext,
  request: Request,
  versionParam: string,
): Promise<Response> {
  const version = parseVersion(versionParam);
  await context.authorize(request, { type: 'definitions:draft', version });
  const { definition, note } = await readDraft(context, request);
  const change = await updateDraft(context.database, version, definition, note);
  if (change === 'missing') throw new HttpError(404, 'not_found', `No version ${version}.`);
  if (change === 'published') {
    throw new HttpError(
      409,
      'version_published',
      `Version ${version} is published and cannot change: create a new draft.`,
    );
  }
  return json({ version, status: 'draft' });
}

/** `POST /definitions/versions/:version/publish`: clients get this version from now on. */
export async function postPublish(
  context: HandlerContext,
  request: Request,
  versionParam: string,
): Promise<Response> {
  const version = parseVersion(versionParam);
  const actor = await context.authorize(request, { type: 'definitions:publish', version });
  const found = await getVersion(context.database, version);
  if (found === undefined) throw new HttpError(404, 'not_found', `No version ${version}.`);
  // A draft was checked when written; check again in case this build validates more.
  const { issues } = parseGuidepost(found.definition);
  if (issues.length > 0) {
    throw new HttpError(
      422,
      'invalid_definition',
      `Version ${version} no longer passes validation; it was not published. ` +
        issues.slice(0, 5).map(formatIssue).join(' '),
    );
  }
  const change = await publishVersion(context.database, version, actor);
  if (change === 'missing') throw new HttpError(404, 'not_found', `No version ${version}.`);
  return json({ version, status: 'published', current: true });
}

/**
 * `POST /definitions/rollback`, body `{ "version": n }` or `{}`: makes an earlier published
 * version current again (without one, the highest published version below the current one).
 */
export async function postRollback(context: HandlerContext, request: Request): Promise<Response> {
  const actor = await context.authorize(request, { type: 'definitions:rollback' });
  const body = await readJsonBody(request, context.bodyBytes);
  if (!isPlainRecord(body)) throw new HttpError(422, 'invalid_body', 'Send { "version": n }.');
  const version = body.version === undefined ? undefined : parseVersion(body.version);
  const result = await rollBack(context.database, version, actor);
  if (result.change === 'missing') {
    throw new HttpError(
      404,
      'not_found',
      result.version === undefined
        ? 'There is no earlier published version to roll back to.'
        : `No version ${result.version}.`,
    );
  }
  if (result.change === 'draft') {
    throw new HttpError(
      409,
      'version_draft',
      `Version ${result.version} is a draft: publish it instead of rolling back to it.`,
    );
  }
  return json({ version: result.version, status: 'published', current: true });
}
