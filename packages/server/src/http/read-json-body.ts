import { HttpError } from './responses';

/** What PostgreSQL's text and jsonb cannot hold: U+0000 and a surrogate without its pair. */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Keys that reach an object's prototype when a careless reader assigns them. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads the body as bytes, refusing it once it passes `limit` (whatever Content-Length says). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`);
}

/**
 * Reads a JSON request body of at most `limit` bytes. Refuses (as an `HttpError`) a body that is
 * too large, not `application/json`, not JSON, or that holds a `__proto__`, `constructor` or
 * `prototype` key anywhere (no Guidepost data uses them, and code downstream may not guard) or
 * a U+0000 character or an unpaired surrogate (which PostgreSQL cannot store).
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not UTF-8.');
  }
  let polluting: string | undefined;
  let unstorable = false;
  let value: unknown;
  try {
    value = JSON.parse(text, function (this: unknown, key: string, item: unknown) {
      if (POLLUTING_KEYS.has(key)) polluting ??= key;
      if (UNSTORABLE.test(key) || (typeof item === 'string' && UNSTORABLE.test(item))) {
        unstorable = true;
      }
      return item;
    });
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (polluting !== undefined) {
    throw new HttpError(
      400,
      'forbidden_key',
      `The request body holds the key '${polluting}', which is never valid here.`,
    );
  }
  if (unstorable) {
    // Refused here rather than failing the query with a 500.
    throw new HttpError(
      400,
      'forbidden_character',
      'The request body holds a \\u0000 character or an unpaired surrogate.',
    );
  }
  return value;
}
