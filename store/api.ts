import 'server-only';
/**
 * What every write of the claims API checks first, and how it answers: the request comes from the app's own pages
 * (its Origin), from a signed-in editor; problems are JSON `{ error }`, never a 500, and nothing is cached.
 */
import { unavailableMessage } from '@/geo/data-file';
import { jsonError } from '@/geo/http-cache';
import { editorOf, type Editor } from './auth';
import { appOrigin } from './origin';

export { appOrigin };
import { ClaimDiscarded, NoSuchClaim, NotDiscardable, NotDiscarded, NotRetractable, NoWaitingDraft, StaleWrite, WriteRefused } from './write';

export const NO_STORE = { 'Cache-Control': 'no-store' };


/** The signed-in editor, or the answer to give instead: 403 for a write from another origin, 401 without a session. */
export async function editorFor(request: Request, { write }: { write: boolean }): Promise<Editor | Response> {
  if (write) {
    const origin = request.headers.get('origin');
    const own = appOrigin(request);
    if (origin !== own) {
      return jsonError(403, origin ? `Writes come from this app's own pages: the request's origin ${JSON.stringify(origin.slice(0, 100))} is not ${own}.` : `Writes come from this app's own pages: the request has no Origin header.`);
    }
  }
  const editor = await editorOf(request);
  if (!editor) return jsonError(401, 'Sign in to the desk: there is no session, or it expired, was signed out, or the account was disabled.');
  return editor;
}

/** A store problem as an answer: the write's own problems, a stale save, an unknown claim, or an unavailable store. */
export function answerProblem(error: unknown): Response {
  if (error instanceof WriteRefused) return jsonError(400, `${error.lead}: ${error.message}`, {}, { errors: error.errors });
  if (error instanceof StaleWrite) {
    return jsonError(409, `${error.message} Compare both versions and save again.`, { ETag: `"${error.current.revision}"` }, { current: error.current });
  }
  if (error instanceof NoSuchClaim || error instanceof NoWaitingDraft) return jsonError(404, error.message);
  // The claim's state forbids the write (a claim readers have seen is not discarded, a discarded one not saved): said why.
  if (error instanceof NotRetractable || error instanceof NotDiscardable || error instanceof NotDiscarded || error instanceof ClaimDiscarded) return jsonError(409, error.message);
  const unavailable = unavailableMessage(error);
  if (unavailable) return jsonError(503, unavailable, { 'Retry-After': '5' });
  const message = (error as Error)?.message ?? String(error);
  if (/SQLITE_BUSY|database is locked|SQLITE_FULL|SQLITE_READONLY|SQLITE_CANTOPEN|readonly database|disk|ECONNREFUSED|connect|terminat|timeout/i.test(message)) {
    console.error('[desk] store unavailable:', message);
    return jsonError(503, `The database cannot take the change right now (${message.slice(0, 160)}); nothing was saved. Your form is kept: try again.`, { 'Retry-After': '5' });
  }
  console.error('[desk] write failed:', error);
  return jsonError(503, 'The change could not be saved; nothing was saved. Your form is kept: try again.', { 'Retry-After': '5' });
}

/**
 * The body's bytes, read until `maxBytes` is passed (then null, and the rest is not read): a body sent without a
 * length, or with a false one, is stopped here rather than held whole in memory first.
 */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, length);
}

/** The deepest a body's arrays and objects may nest: a note nested 5,000 lists deep overflowed the stack when it was
 * written back as JSON, and the editor was told the store could not save it and to try again. */
const MAX_NESTING = 32;

/** Whether a parsed JSON value's arrays and objects nest deeper than `max` (looked at without recursion). */
function nestsDeeper(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The JSON body of a request, or a 400 naming the problem (a 413 past `maxBytes`). */
export async function jsonBody(request: Request, maxBytes = 256 * 1024): Promise<Record<string, unknown> | Response> {
  // A form's or a plain text's body was read as JSON all the same, which is how a review's stray request made a draft.
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    return jsonError(415, `The request body must be JSON, sent with Content-Type: application/json (got ${type ? JSON.stringify(type.slice(0, 60)) : 'none'}).`);
  }
  const bytes = await readAtMost(request, maxBytes);
  // Worded as server.mjs words its own limit (1 MB, for every request), with this one's size in KB.
  if (bytes === null) return jsonError(413, `The request body is over ${maxBytes.toLocaleString('en-US')} bytes; at most ${maxBytes.toLocaleString('en-US')} (${maxBytes / 1024} KB) are accepted by the desk’s API.`);
  const text = new TextDecoder().decode(bytes);
  try {
    const body = JSON.parse(text) as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return jsonError(400, 'The request body must be a JSON object.');
    if (nestsDeeper(body, MAX_NESTING)) return jsonError(400, `The request body’s lists and objects nest more than ${MAX_NESTING} levels deep; a claim needs 5.`);
    return body as Record<string, unknown>;
  } catch {
    return jsonError(400, 'The request body is not valid JSON.');
  }
}

/** The signed-in editor and the request's JSON body, or the answer to give instead (401, 403, 400, 413, 415). */
export async function editorWithBody(request: Request, { write }: { write: boolean }): Promise<{ editor: Editor; body: Record<string, unknown> } | Response> {
  const editor = await editorFor(request, { write });
  if (editor instanceof Response) return editor;
  const body = await jsonBody(request);
  return body instanceof Response ? body : { editor, body };
}

/**
 * `If-Match: "3"` → 3; absent or malformed → null. At most 15 digits, all exact in a JavaScript number: 20 digits were
 * read as a rounded number, and the 409 that followed named a revision nobody sent.
 */
export function ifMatch(request: Request): number | null {
  const value = request.headers.get('if-match')?.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/**
 * The revision a write starts from (`If-Match: "3"`), or the answer to give: 428 without the header (`needed` says
 * which revision it wants), 400 with one that names no revision (it was sent: "is required" sent the client looking
 * for a header it had).
 */
export function requiredIfMatch(request: Request, needed: string): number | Response {
  const base = optionalIfMatch(request);
  if (base !== undefined) return base;
  return jsonError(428, `If-Match is required: ${needed}, e.g. If-Match: "3".`);
}

/**
 * The revision a write may start from: undefined without the header; the 400 for one that names no revision. A
 * retraction sent with `If-Match: "banana"` went ahead unchecked, as if none had been sent.
 */
export function optionalIfMatch(request: Request): number | undefined | Response {
  const base = ifMatch(request);
  if (base !== null) return base;
  const sent = request.headers.get('if-match');
  if (sent === null) return undefined;
  return jsonError(400, `If-Match must be a revision number in quotes, e.g. If-Match: "3", not ${JSON.stringify(sent.slice(0, 40))}.`);
}
