/**
 * GET /api/buildup is what every open dashboard polls (every 3 s). Next's per-request cost caps it near 700–900
 * answers a second on 2 cores, so server.mjs keeps Next's last 200 answer and replays it for as long as the claims
 * file is unchanged (same mtime and size: the rule geo/load-buildup.ts uses to reload). Next stays the only code
 * that builds the payload; this only remembers what it said, and asks again (once, however many requests wait)
 * the moment the file changes.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const MEMO_PATH = '/api/buildup';
/** Marks the memo's own request to Next, so it is passed through instead of answered from the memo. */
const REFRESH_HEADER = 'x-buildup-memo-refresh';
/** The same default and override as CLAIMS_FILE in geo/load-buildup.ts. */
const CLAIMS_FILE = process.env.BUILDUP_CLAIMS_FILE ?? path.join(process.cwd(), 'geo', 'data', 'claims.json');
/** Headers that describe one connection or one encoding of the body, set per reply instead of replayed. */
const PER_REPLY = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

function claimsStamp() {
  try {
    const { mtimeMs, size } = statSync(CLAIMS_FILE);
    return `${mtimeMs}:${size}`;
  } catch {
    return null;
  }
}

/** RFC 9110 If-None-Match, as geo/http-cache.ts reads it. */
function matchesEtag(header, etag) {
  if (!header || !etag) return false;
  return String(header).split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === etag);
}

const acceptsGzip = (header) => /(^|,)\s*gzip\s*(,|$|;\s*q=(0?\.\d*[1-9]|1))/i.test(String(header ?? ''));

/**
 * @param {string} origin where Next itself answers (this server, on loopback)
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<boolean>}
 *   true when the memo answered; false to hand the request to Next.
 */
export function createBuildupMemo(origin) {
  let memo = null;
  let pending = null;

  async function ask(stamp) {
    const answer = await fetch(`${origin}${MEMO_PATH}`, { headers: { [REFRESH_HEADER]: '1', 'accept-encoding': 'identity' } });
    // Not a 200 (claims broken with no good version yet): Next answers this stamp itself until the file changes.
    if (answer.status !== 200) return { stamp, passThrough: true };
    const identity = Buffer.from(await answer.arrayBuffer());
    const headers = {};
    answer.headers.forEach((value, name) => {
      if (!PER_REPLY.has(name)) headers[name] = value;
    });
    return { stamp, etag: answer.headers.get('etag'), headers, identity, gzip: gzipSync(identity) };
  }

  async function current() {
    const stamp = claimsStamp();
    if (stamp === null) return null;
    if (memo?.stamp === stamp) return memo.passThrough ? null : memo;
    pending ??= ask(stamp)
      .catch(() => ({ stamp, passThrough: true }))
      .finally(() => { pending = null; });
    memo = await pending;
    return memo?.stamp === stamp && !memo.passThrough ? memo : null;
  }

  return async function answer(request, response) {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.url !== MEMO_PATH) return false;
    if (request.headers[REFRESH_HEADER]) return false;
    const known = await current();
    if (!known) return false;
    if (matchesEtag(request.headers['if-none-match'], known.etag)) {
      const { 'content-type': _type, ...headers } = known.headers;
      response.writeHead(304, headers).end();
      return true;
    }
    const body = acceptsGzip(request.headers['accept-encoding']) ? known.gzip : known.identity;
    const encoding = body === known.gzip ? { 'Content-Encoding': 'gzip' } : {};
    response.writeHead(200, { ...known.headers, ...encoding, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
