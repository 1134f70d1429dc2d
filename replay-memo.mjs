/**
 * Answers server.mjs keeps instead of asking Next again, each replayed byte for byte (headers, ETag and 304,
 * compressed once) for as long as it stays right (a page's chunks are loaded as after-first-paint.mjs says):
 * - the pages readers load (/, /embed, /present/N, /changes), each address rendered once per published data version
 *   and sent to every viewer as the same bytes: no nonce, a Content-Security-Policy with the hashes of the page's
 *   own inline scripts (csp.mjs), an ETag naming the data version, and a Cache-Control that lets a shared cache
 *   (deploy/nginx.conf, a CDN) keep the page for a second and serve it stale for two more while it asks again;
 * - GET /api/buildup, which every open dashboard polls every 3 s, and GET /api/changes, the public change log (one
 *   database query per change when Next answers it), while the data version stays the same: a publish is what changes
 *   either. Sent whole in one write, with its length, an answer is never cut off halfway by an instance that dies (the
 *   edge then asks another): Next writes its head, its body and the end of its chunks in turns of the event loop, and
 *   an instance killed between them left 1 of 2,192 requests for the change log failed in a scale test's failover;
 * - the build's static files (/_next/static/…, named by their content, so never stale), with the gzip and brotli
 *   copies `npm run build` wrote beside them (scripts/precompress.mjs), which nginx serves the same way;
 * - what only a new build changes, kept by path (BUILD_ANSWER and the public files), compressed once; and the claim
 *   lists every open page asks for (/api/buildup/markup), by data version.
 * The data version is the stamp store/current.ts writes to the data folder whenever this process's data changes (a
 * publish here, or one another instance made, seen within a quarter of a second); the memo asks Next again the moment it
 * changes, one request per address while the others wait for it. Only 200 answers are kept; anything else, and
 * every other request, is Next's to answer.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { LOADER_PATH, modulePreloads, scriptsAfterFirstPaint } from './after-first-paint.mjs';
import { contentSecurityPolicy, inlineScriptHashes } from './csp.mjs';

/** Marks the memo's own request to Next, so it is passed through instead of answered from the memo. */
const REFRESH_HEADER = 'x-replay-memo-refresh';
/**
 * Its value: a secret of this process, which proxy.ts also reads, so only the memo gets a page rendered without a
 * nonce (for it to add the hashes). Set before Next starts, as server.mjs imports this module first.
 */
const SECRET = (process.env.BUILDUP_MEMO_SECRET ||= randomUUID());
/** The same default and override as VERSION_STAMP in store/current.ts (in the data folder of store/db.ts). */
const VERSION_STAMP = path.join(path.resolve(process.env.BUILDUP_DATA_DIR ?? path.join(process.cwd(), 'data')), 'data-version');
/** Headers that describe one connection or one encoding of the body, set per reply instead of replayed. */
const PER_REPLY = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
/** The API's answers that only a publish changes (their query strings, if any, are Next's to answer). */
const DATA_ANSWERS = new Set(['/api/buildup', '/api/changes']);
/** Static files kept at most (bytes, uncompressed): the build's own are about 4 MB. */
const STATIC_BUDGET = 32 * 1024 * 1024;
const STATIC_PREFIX = '/_next/static/';
/** Where `next build` writes them (Next's default distDir, as next.config.js leaves it). */
const STATIC_DIR = path.join(process.cwd(), '.next', 'static');
/** The pages every reader of a data version gets the same bytes of (the query chooses a variant: one entry each). */
const SHARED_PAGE = /^\/(?:embed|changes|sources|present(?:\/\d{1,3})?)?$/;
/** Page variants kept (addresses with their query), and as many of each other kind but static files; the least recently used goes first. */
const PAGE_ENTRIES = 64;
/**
 * Answers only a new build changes, kept by their path (a query, such as the loader's `?v=`, names no other bytes):
 * the map's layers, its shapes for the server-drawn map, and the app's icon. Next compressed a layer anew for every
 * reader (9–12 ms of this thread for the countries), and a page load asked Next for about 15 such answers: 50 ms of
 * the server's time, taken from the browser's share of a two-core machine while the page loaded.
 */
const BUILD_ANSWER = /^\/(?:api\/geo\/[a-z]{1,20}|map-shapes\/[0-9a-f]{8}\.svg|icon\.svg)$/;
/** The app's public files (the fonts, the script loader, embed.js): kept by path, like the build's answers. */
const PUBLIC_DIR = path.join(process.cwd(), 'public');
/** The lists of claims (and a newer version's chart and map) that every open page asks for once: by data version. */
const MARKUP_PATH = '/api/buildup/markup';
/** Bodies worth compressing: text, JSON, JavaScript and SVG (not fonts, which are compressed already). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|geo\+json|javascript)|image\/svg\+xml)/i;
/**
 * Browsers revalidate every time (a 304 while the version is unchanged); a shared cache may keep a page 1 s and
 * serve it stale 2 s more while it revalidates, so a correction is everywhere within 5 s without any purge (nginx
 * counts in whole seconds, and another instance may take a second to see the new version).
 */
export const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=2';

/** The loader of after-first-paint.mjs as pages name it, its hash in the query; null without the file (pages keep Next's tags). */
const LOADER_FILE = path.join(process.cwd(), 'public', LOADER_PATH);
const LOADER_SRC = existsSync(LOADER_FILE) ? `${LOADER_PATH}?v=${createHash('sha256').update(readFileSync(LOADER_FILE)).digest('base64url').slice(0, 12)}` : null;

/** The published data version ("v12-…") this process last wrote, or null before it read any data. */
function versionStamp() {
  try {
    return readFileSync(VERSION_STAMP, 'utf8').replace(/[^\w.-]/g, '') || null;
  } catch {
    return null;
  }
}

/** What may be replayed for this request, and the stamp that must not change meanwhile; null: Next answers. */
function ruleFor(request) {
  const url = request.url ?? '';
  if (DATA_ANSWERS.has(url)) return { kind: 'data', stamp: versionStamp };
  // Only files the build wrote: an address made up by anyone else is Next's 404, and never fills the memo.
  if (url.startsWith(STATIC_PREFIX) && /^[\w./-]+$/.test(url) && !url.includes('..') && existsSync(path.join(STATIC_DIR, url.slice(STATIC_PREFIX.length)))) {
    return { kind: 'static', stamp: () => 'immutable' };
  }
  const [pathname, query = ''] = url.split('?', 2);
  if (BUILD_ANSWER.test(pathname) || isPublicFile(pathname)) return { kind: 'build', stamp: () => 'build', key: pathname };
  if (pathname === MARKUP_PATH) return { kind: 'data', stamp: versionStamp };
  // Not a client-side navigation's React payload, which Next answers at the same address.
  const payload = request.headers.rsc || request.headers['next-router-prefetch'] || /(?:^|&)_rsc=/.test(query);
  if (SHARED_PAGE.test(pathname) && !payload) return { kind: 'page', stamp: versionStamp, frameable: pathname === '/embed' };
  return null;
}

function isPublicFile(pathname) {
  return /^\/[\w./-]+$/.test(pathname) && !pathname.includes('..') && existsSync(path.join(PUBLIC_DIR, pathname)) && !pathname.endsWith('/');
}

/** RFC 9110 If-None-Match, as geo/http-cache.ts reads it (weak comparison). */
function matchesEtag(header, etag) {
  if (!header || !etag) return false;
  const bare = etag.replace(/^W\//, '');
  return String(header).split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === bare);
}

const accepts = (header, coding) => new RegExp(`(^|,)\\s*${coding}\\s*(,|$|;\\s*q=(0?\\.\\d*[1-9]|1))`, 'i').test(String(header ?? ''));
const readIfThere = (file) => (existsSync(file) ? readFileSync(file) : null);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('base64url');

function withVaryOnEncoding(headers) {
  const vary = headers.vary ?? '';
  if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
}

/** A page as every viewer gets it: the policy for its own inline scripts, shared caching, the version's ETag. */
function sharePage(entry, rule) {
  const { headers, stamp } = entry;
  if (!/^text\/html/i.test(headers['content-type'] ?? '')) return { stamp, passThrough: true };
  const html = modulePreloads(entry.identity.toString('utf8'));
  const identity = Buffer.from(LOADER_SRC ? scriptsAfterFirstPaint(html, LOADER_SRC) : html, 'utf8');
  headers['content-security-policy'] = contentSecurityPolicy({ hashes: inlineScriptHashes(identity.toString('utf8')) }, rule.frameable);
  // A pinned version (/embed?v=N) says itself that it never changes.
  if (!/immutable/.test(headers['cache-control'] ?? '')) headers['cache-control'] = SHARED_PAGE_CACHE_CONTROL;
  const etag = `"${stamp}-${sha256(identity).slice(0, 16)}"`;
  headers.etag = etag;
  const br = brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } });
  return { ...entry, identity, etag, gzip: gzipSync(identity, { level: 9 }), br };
}

/** How often the memo looks at the version stamp for a publish, to prepare what open pages will ask for. */
const STAMP_WATCH_MS = 200;

/**
 * The address an answer kept at data version `was` has at version `now`: the same for the API's data answers; the
 * claim lists' (and chart's and map's) address names its version (`?for=`). Null: one that named another version.
 */
function addressAtVersion(url, was, now) {
  if (DATA_ANSWERS.has(url)) return url;
  const [pathname, query = ''] = url.split('?', 2);
  const params = new URLSearchParams(query);
  if (pathname !== MARKUP_PATH || params.get('for') !== was) return null;
  params.set('for', now);
  return `${pathname}?${params}`;
}

/**
 * @param {string} origin where Next itself answers (this server, on loopback)
 * @param {{ prepareNewVersions?: boolean }} [options] prepareNewVersions: when this process gets a new data version (a
 *   publish here or seen from another instance), ask Next at once for what open pages then ask for: the poll's answer
 *   and the claim lists, chart and map of that version, at each address pages asked for at earlier versions. Each took
 *   Next 300–400 ms on the first request, which the first page to poll waited for, one after the other: 0.7 s of the
 *   5 s in which a publish must reach open dashboards.
 * @returns {((request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<boolean>) & { close(): void }}
 *   true when the memo answered; false to hand the request to Next. `close` stops watching for new versions.
 */
export function createReplayMemo(origin, { prepareNewVersions = false } = {}) {
  /** @type {Map<string, object>} in order of last use */
  const memos = new Map();
  const pending = new Map();
  let staticBytes = 0;

  /** Keeps an entry as the most recently used; a new page variant may push out the least recently used. */
  function remember(url, entry, added) {
    memos.delete(url);
    memos.set(url, entry);
    if (!added || entry.kind === 'static') return;
    const sameKind = [...memos.entries()].filter(([, known]) => known.kind === entry.kind);
    for (const [key] of sameKind.slice(0, Math.max(0, sameKind.length - PAGE_ENTRIES))) memos.delete(key);
  }

  async function ask(url, rule, stamp) {
    // Not following redirects: /present/0 is a redirect to /present/1, never /present/1's page at /present/0.
    const answer = await fetch(`${origin}${url}`, { headers: { [REFRESH_HEADER]: SECRET, 'accept-encoding': 'identity' }, redirect: 'manual' });
    // Not a 200 (a redirect, claims broken with no good version yet, a missing file): Next answers this stamp itself.
    if (answer.status !== 200) return { kind: rule.kind, stamp, passThrough: true };
    const identity = Buffer.from(await answer.arrayBuffer());
    const headers = {};
    answer.headers.forEach((value, name) => {
      if (!PER_REPLY.has(name)) headers[name] = value;
    });
    withVaryOnEncoding(headers);
    const entry = { kind: rule.kind, stamp, etag: answer.headers.get('etag'), headers, identity };
    if (rule.kind === 'page') return sharePage(entry, rule);
    if (rule.kind === 'static') {
      if (staticBytes + identity.length > STATIC_BUDGET) return { kind: rule.kind, stamp, passThrough: true };
      staticBytes += identity.length;
      const file = path.join(STATIC_DIR, url.slice(STATIC_PREFIX.length));
      return { ...entry, gzip: readIfThere(`${file}.gz`) ?? gzipSync(identity), br: readIfThere(`${file}.br`) };
    }
    if (!COMPRESSIBLE.test(headers['content-type'] ?? '')) return { ...entry, gzip: null };
    if (rule.kind === 'build') {
      const file = path.join(PUBLIC_DIR, url.split('?')[0]);
      const br = readIfThere(`${file}.br`) ?? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } });
      return { ...entry, gzip: readIfThere(`${file}.gz`) ?? gzipSync(identity, { level: 9 }), br };
    }
    return { ...entry, gzip: gzipSync(identity) };
  }

  async function current(url, rule) {
    const stamp = rule.stamp();
    if (stamp === null) return null;
    const key = rule.key ?? url;
    const known = memos.get(key);
    if (known?.stamp === stamp) {
      remember(key, known, false);
      return known.passThrough ? null : known;
    }
    if (!pending.has(key)) {
      pending.set(key, ask(url, rule, stamp).catch(() => ({ kind: rule.kind, stamp, passThrough: true })).finally(() => pending.delete(key)));
    }
    const fresh = await pending.get(key);
    remember(key, fresh, true);
    return fresh.stamp === stamp && !fresh.passThrough ? fresh : null;
  }

  /** Asks Next, one after the other, for the data answers kept at earlier versions, at the new version's addresses. */
  let preparedFor = versionStamp();
  async function prepare() {
    const now = versionStamp();
    if (now === null || now === preparedFor) return;
    preparedFor = now;
    const kept = [...memos].filter(([, known]) => known.kind === 'data' && known.stamp !== now);
    const addresses = new Set(kept.map(([url, known]) => addressAtVersion(url, known.stamp, now)).filter(Boolean));
    for (const url of addresses) {
      // A newer publish meanwhile: its own preparation takes over.
      if (preparedFor === now) await current(url, ruleFor({ url, headers: {} }));
    }
  }
  // Preparing is only a head start: a page that asks first gets its answer from Next as before.
  const onStamp = () => void prepare().catch(() => undefined);
  if (prepareNewVersions) watchFile(VERSION_STAMP, { interval: STAMP_WATCH_MS, persistent: false }, onStamp);

  async function answer(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const asked = request.headers[REFRESH_HEADER];
    if (asked === SECRET) return false;
    // Anyone else's copy of the header means nothing: the page is rendered with a nonce as usual.
    if (asked !== undefined) delete request.headers[REFRESH_HEADER];
    const url = request.url ?? '';
    const rule = ruleFor(request);
    if (!rule || request.headers.range) return false;
    const known = await current(url, rule);
    if (!known) return false;
    if (matchesEtag(request.headers['if-none-match'], known.etag)) {
      // A 304 has no body, so it names no content type.
      const headers = Object.fromEntries(Object.entries(known.headers).filter(([name]) => name !== 'content-type'));
      response.writeHead(304, headers).end();
      return true;
    }
    const encoding = request.headers['accept-encoding'];
    const [coding, body] = known.br && accepts(encoding, 'br') ? ['br', known.br] : known.gzip && accepts(encoding, 'gzip') ? ['gzip', known.gzip] : [null, known.identity];
    response.writeHead(200, { ...known.headers, ...(coding ? { 'Content-Encoding': coding } : {}), 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }
  return Object.assign(answer, { close: () => unwatchFile(VERSION_STAMP, onStamp) });
}
