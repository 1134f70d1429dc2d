/**
 * Answers server.mjs keeps instead of asking Next again, each replayed byte for byte (headers, ETag and 304, gzip
 * made once) for as long as it stays right:
 * - GET /api/buildup, which every open dashboard polls every 3 s, while the published data version stays the same
 *   (the stamp store/current.ts writes to the data folder whenever this process's data changes: a publish here,
 *   or one another instance made, seen within a second). Next's per-request cost capped it near 700–900 answers a
 *   second on 2 cores; Next still builds every payload, and the memo asks again the moment the stamp changes.
 * - The build's static files (/_next/static/…, named by their content, so never stale): Next gzips them anew on
 *   every request, about 20 ms of CPU for the map engine alone, taken from the browser on the same machine.
 * Only 200 answers are kept; anything else, and every other request, is Next's to answer.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Marks the memo's own request to Next, so it is passed through instead of answered from the memo. */
const REFRESH_HEADER = 'x-replay-memo-refresh';
/** The same default and override as VERSION_STAMP in store/current.ts (in the data folder of store/db.ts). */
const VERSION_STAMP = path.join(path.resolve(process.env.BUILDUP_DATA_DIR ?? path.join(process.cwd(), 'data')), 'data-version');
/** Headers that describe one connection or one encoding of the body, set per reply instead of replayed. */
const PER_REPLY = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
/** Static files kept at most (bytes, uncompressed): the build's own are about 4 MB. */
const STATIC_BUDGET = 32 * 1024 * 1024;
const STATIC_PREFIX = '/_next/static/';
/** Where `next build` writes them (Next's default distDir, as next.config.js leaves it). */
const STATIC_DIR = path.join(process.cwd(), '.next', 'static');

function versionStamp() {
  try {
    const { mtimeMs, size } = statSync(VERSION_STAMP);
    return `${mtimeMs}:${size}`;
  } catch {
    return null;
  }
}

/** What may be replayed at this address, and the stamp that must not change meanwhile; null: Next answers. */
function ruleFor(url) {
  if (url === '/api/buildup') return { stamp: versionStamp };
  // Only files the build wrote: an address made up by anyone else is Next's 404, and never fills the memo.
  if (url.startsWith(STATIC_PREFIX) && /^[\w./-]+$/.test(url) && !url.includes('..') && existsSync(path.join(STATIC_DIR, url.slice(STATIC_PREFIX.length)))) {
    return { stamp: () => 'immutable' };
  }
  return null;
}

/** RFC 9110 If-None-Match, as geo/http-cache.ts reads it (weak comparison). */
function matchesEtag(header, etag) {
  if (!header || !etag) return false;
  const bare = etag.replace(/^W\//, '');
  return String(header).split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === bare);
}

const acceptsGzip = (header) => /(^|,)\s*gzip\s*(,|$|;\s*q=(0?\.\d*[1-9]|1))/i.test(String(header ?? ''));

/**
 * @param {string} origin where Next itself answers (this server, on loopback)
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<boolean>}
 *   true when the memo answered; false to hand the request to Next.
 */
export function createReplayMemo(origin) {
  /** @type {Map<string, object>} */
  const memos = new Map();
  const pending = new Map();
  let staticBytes = 0;

  async function ask(url, stamp) {
    const answer = await fetch(`${origin}${url}`, { headers: { [REFRESH_HEADER]: '1', 'accept-encoding': 'identity' } });
    // Not a 200 (claims broken with no good version yet, a missing file): Next answers this stamp itself.
    if (answer.status !== 200) return { stamp, passThrough: true };
    const identity = Buffer.from(await answer.arrayBuffer());
    if (url.startsWith(STATIC_PREFIX)) {
      if (staticBytes + identity.length > STATIC_BUDGET) return { stamp, passThrough: true };
      staticBytes += identity.length;
    }
    const headers = {};
    answer.headers.forEach((value, name) => {
      if (!PER_REPLY.has(name)) headers[name] = value;
    });
    return { stamp, etag: answer.headers.get('etag'), headers, identity, gzip: gzipSync(identity) };
  }

  async function current(url, rule) {
    const stamp = rule.stamp();
    if (stamp === null) return null;
    const known = memos.get(url);
    if (known?.stamp === stamp) return known.passThrough ? null : known;
    if (!pending.has(url)) {
      pending.set(url, ask(url, stamp).catch(() => ({ stamp, passThrough: true })).finally(() => pending.delete(url)));
    }
    const fresh = await pending.get(url);
    memos.set(url, fresh);
    return fresh.stamp === stamp && !fresh.passThrough ? fresh : null;
  }

  return async function answer(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url ?? '';
    const rule = ruleFor(url);
    if (!rule || request.headers[REFRESH_HEADER] || request.headers.range) return false;
    const known = await current(url, rule);
    if (!known) return false;
    if (matchesEtag(request.headers['if-none-match'], known.etag)) {
      // A 304 has no body, so it names no content type.
      const headers = Object.fromEntries(Object.entries(known.headers).filter(([name]) => name !== 'content-type'));
      response.writeHead(304, headers).end();
      return true;
    }
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    const body = gzip ? known.gzip : known.identity;
    response.writeHead(200, { ...known.headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
