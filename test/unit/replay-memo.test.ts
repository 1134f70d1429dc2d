/**
 * server.mjs's replay memo, against a stand-in for Next that counts how often it is asked: it must replay Next's
 * answer byte for byte, ask again as soon as the published data version changes, keep the build's static files, and pass
 * everything else on.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';

type Memo = ((request: IncomingMessage, response: ServerResponse) => Promise<boolean>) & { close(): void };
type CreateMemo = (origin: string, options?: { prepareNewVersions?: boolean }) => Memo;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'replay-memo-'));
/** The stamp store/current.ts writes when the published data version changes (here: what Next's stand-in serves). */
const claimsFile = path.join(workDir, 'data-version');
let nextAsked = 0;
let nextStatus = 200;
let server: Server;
let origin = '';
let createReplayMemo: CreateMemo;
/** The memo the server answers through (server.mjs's; a test may put another in its place). */
let memo: Memo = Object.assign(async () => false, { close() {} });

/** Next's stand-in: the body names the claims text it read, the ETag follows it. */
/** What the stand-in got in the memo's refresh header, for each page it rendered. */
const pageRequests: { url: string; refresh: string | undefined }[] = [];
/** A public file's bytes (not text: sent as they are, never compressed). */
const FONT = Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 2, 3, 0xff, 0xfe]);
const INLINE_SCRIPTS = ['self.__next_f = [];', 'self.__next_f.push([1, "payload"]);'];

/** Every address the stand-in was asked for, in order. */
const askedOfNext: string[] = [];

function standInForNext(request: IncomingMessage, response: ServerResponse) {
  nextAsked += 1;
  askedOfNext.push(request.url!);
  const claims = readFileSync(claimsFile, 'utf8') as string;
  const pathname = request.url!.split('?')[0];
  if (pathname === '/present/0') {
    response.writeHead(307, { location: '/present/1' }).end();
    return;
  }
  if (pathname === '/' || pathname === '/embed' || pathname === '/desk' || pathname === '/present/1') {
    pageRequests.push({ url: request.url!, refresh: request.headers['x-replay-memo-refresh'] as string | undefined });
    const scripts = INLINE_SCRIPTS.map((text) => `<script>${text}</script>`).join('');
    const pinned = request.url!.includes('v=1');
    response.writeHead(200, {
      'content-type': request.headers.rsc ? 'text/x-component' : 'text/html; charset=utf-8',
      'cache-control': pinned ? 'public, max-age=31536000, immutable' : 'private, no-cache, no-store, max-age=0, must-revalidate',
      vary: 'rsc, Accept-Encoding',
    });
    response.end(`<!DOCTYPE html><html><body><p>${claims} at ${request.url}</p><script src="/_next/static/chunks/app.js"></script>${scripts}</body></html>`);
    return;
  }
  if (request.url?.startsWith('/_next/static/')) {
    const exists = request.url === '/_next/static/chunks/app.js';
    response.writeHead(exists ? 200 : 404, { 'content-type': 'application/javascript; charset=UTF-8', etag: 'W/"7-abc"', 'cache-control': 'public, max-age=31536000, immutable' });
    response.end(exists ? 'console.log("built")' : 'missing');
    return;
  }
  if (pathname.startsWith('/fonts/')) {
    response.writeHead(pathname === '/fonts/inter.woff2' ? 200 : 404, { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' });
    response.end(pathname === '/fonts/inter.woff2' ? FONT : 'missing');
    return;
  }
  if (nextStatus !== 200) {
    response.writeHead(nextStatus, { 'content-type': 'application/json' }).end('{"error":"broken"}');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', etag: `"v${claims.length}"`, 'cache-control': 'public, max-age=0, must-revalidate', 'x-content-type-options': 'nosniff' });
  response.end(JSON.stringify({ claims, path: request.url }));
}

beforeAll(async () => {
  writeFileSync(claimsFile, 'first');
  process.env.BUILDUP_DATA_DIR = workDir;
  // A build's static file, where the memo looks for them (relative to the working directory, as server.mjs runs).
  mkdirSync(path.join(workDir, '.next', 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(workDir, '.next', 'static', 'chunks', 'app.js'), 'built');
  mkdirSync(path.join(workDir, 'public', 'fonts'), { recursive: true });
  writeFileSync(path.join(workDir, 'public', 'fonts', 'inter.woff2'), FONT);
  process.chdir(workDir);
  // @ts-expect-error: a plain ES module beside server.mjs, without types
  ({ createReplayMemo } = (await import('../../replay-memo.mjs')) as { createReplayMemo: CreateMemo });
  server = createServer(async (request, response) => {
    if (!(await memo(request, response))) standInForNext(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  memo = createReplayMemo(origin);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${origin}${pathname}`, { headers, method });

test('replays Next’s answer, headers and body, and asks Next once while the data version is unchanged', async () => {
  nextAsked = 0;
  const answers = await Promise.all(Array.from({ length: 20 }, () => get('/api/buildup')));
  expect(nextAsked).toBe(1);
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"v5"');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await answer.json()).toEqual({ claims: 'first', path: '/api/buildup' });
  }
});

test('replays the change log too, whole in one write with its length, asking Next once per data version', async () => {
  nextAsked = 0;
  const answers = await Promise.all(Array.from({ length: 5 }, () => get('/api/changes')));
  expect(nextAsked).toBe(1);
  for (const answer of answers) expect(await answer.json()).toEqual({ claims: 'first', path: '/api/changes' });
  // As sent: one chunk from the socket, holding the head and the whole body (Next's own answer is chunked, in turns).
  const chunks = await new Promise<string[]>((resolve, reject) => {
    const socket = connect(Number(new URL(origin).port), '127.0.0.1');
    const got: string[] = [];
    socket.on('data', (chunk) => got.push(chunk.toString('latin1'))).on('end', () => resolve(got)).on('error', reject);
    socket.write('GET /api/changes HTTP/1.1\r\nHost: memo\r\nConnection: close\r\n\r\n');
  });
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*content-length: 40\r\n[^]*\r\n\r\n\{"claims":"first","path":"\/api\/changes"\}$/i);
  expect(nextAsked).toBe(1);
});

test('answers If-None-Match with 304, HEAD without a body, and gzip to a client that accepts it', async () => {
  const notModified = await get('/api/buildup', { 'if-none-match': 'W/"v5"' });
  expect(notModified.status).toBe(304);
  expect(notModified.headers.get('etag')).toBe('"v5"');
  const head = await get('/api/buildup', {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(await head.text()).toBe('');
  // fetch would undo the gzip itself; node:http shows the bytes as sent.
  const raw = await new Promise<{ encoding?: string; body: string }>((resolve, reject) => {
    httpGet(`${origin}/api/buildup`, { headers: { 'accept-encoding': 'gzip' } }, (response: IncomingMessage) => {
      let body = '';
      response.setEncoding('base64').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ encoding: response.headers['content-encoding'], body }));
    }).on('error', reject);
  });
  expect(raw.encoding).toBe('gzip');
  expect(JSON.parse(gunzipSync(Uint8Array.from(Buffer.from(raw.body, 'base64'))).toString())).toEqual({ claims: 'first', path: '/api/buildup' });
});

test('asks Next again as soon as the published data version changes', async () => {
  nextAsked = 0;
  writeFileSync(claimsFile, 'second edit');
  const answer = await get('/api/buildup');
  expect(await answer.json()).toEqual({ claims: 'second edit', path: '/api/buildup' });
  expect(answer.headers.get('etag')).toBe('"v11"');
  expect(nextAsked).toBe(1);
});

test('passes on what it does not remember: other paths, query strings, other methods, and any answer but 200', async () => {
  nextAsked = 0;
  await get('/api/buildup?fresh=1');
  await get('/api/unknown');
  await fetch(`${origin}/api/buildup`, { method: 'POST' });
  expect(nextAsked).toBe(3);

  nextStatus = 503;
  writeFileSync(claimsFile, 'broken before any good version');
  nextAsked = 0;
  const first = await get('/api/buildup');
  const second = await get('/api/buildup');
  expect([first.status, second.status]).toEqual([503, 503]);
  expect(nextAsked).toBe(3); // the memo asked once, then left both requests to Next
  nextStatus = 200;
});

test('keeps a static file the build wrote, and leaves any other static address to Next', async () => {
  nextAsked = 0;
  const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'identity' });
  const second = await get('/_next/static/chunks/app.js');
  expect(await first.text()).toBe('console.log("built")');
  expect(await second.text()).toBe('console.log("built")');
  expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(nextAsked).toBe(1);
  const revalidated = await get('/_next/static/chunks/app.js', { 'if-none-match': 'W/"7-abc"' });
  expect(revalidated.status).toBe(304);

  nextAsked = 0;
  for (let i = 0; i < 3; i++) expect((await get('/_next/static/chunks/made-up.js')).status).toBe(404);
  await get('/_next/static/chunks/app.js?v=2');
  expect(nextAsked, 'each made-up or queried address goes to Next alone, and is not kept').toBe(4);
});

test('keeps what only a new build changes by its path, through later data versions, and a public file as it is', async () => {
  writeFileSync(claimsFile, 'build-1');
  nextAsked = 0;
  const layers = await Promise.all([get('/api/geo/countries'), get('/api/geo/countries?cache=bust'), get('/api/geo/countries')]);
  for (const layer of layers) expect(await layer.json()).toEqual({ claims: 'build-1', path: '/api/geo/countries' });
  expect(nextAsked, 'asked once, whatever the query').toBe(1);
  writeFileSync(claimsFile, 'build-1, a later data version');
  expect(await (await get('/api/geo/countries')).json(), 'a layer changes only with a build').toEqual({ claims: 'build-1', path: '/api/geo/countries' });
  expect(nextAsked).toBe(1);

  nextAsked = 0;
  const font = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
    httpGet(`${origin}/fonts/inter.woff2?v=2`, { headers: { 'accept-encoding': 'gzip, br' } }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  expect(font.encoding, 'a font is compressed already').toBeUndefined();
  expect(font.bytes.equals(FONT)).toBe(true);
  expect((await get('/fonts/inter.woff2')).status).toBe(200);
  expect(nextAsked).toBe(1);

  nextAsked = 0;
  for (let i = 0; i < 2; i++) expect((await get('/fonts/missing.woff2')).status).toBe(404);
  expect(nextAsked, 'a file the app does not have goes to Next each time').toBe(2);
});

test('keeps the claim lists every open page asks for once per data version and address', async () => {
  writeFileSync(claimsFile, 'lists-1');
  nextAsked = 0;
  await Promise.all([get('/api/buildup/markup?for=v1'), get('/api/buildup/markup?for=v1')]);
  await get('/api/buildup/markup?for=v1&chart=1&map=1');
  expect(nextAsked).toBe(2);
  writeFileSync(claimsFile, 'lists-2');
  expect(await (await get('/api/buildup/markup?for=v1')).json()).toEqual({ claims: 'lists-2', path: '/api/buildup/markup?for=v1' });
  expect(nextAsked).toBe(3);
});

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('renders a reader page once per data version and address, and sends every viewer the same bytes under a policy with its scripts’ hashes', async () => {
  writeFileSync(claimsFile, 'v7-page');
  nextAsked = 0;
  pageRequests.length = 0;
  const answers = await Promise.all(Array.from({ length: 10 }, () => get('/embed?theme=dark')));
  expect(nextAsked).toBe(1);
  expect(pageRequests).toEqual([{ url: '/embed?theme=dark', refresh: process.env.BUILDUP_MEMO_SECRET }]);
  const bodies = new Set(await Promise.all(answers.map((a) => a.text())));
  expect([...bodies]).toEqual([expect.stringContaining('v7-page at /embed?theme=dark')]);
  const policy = answers[0].headers.get('content-security-policy')!;
  expect(policy).toContain(`script-src 'self' ${INLINE_SCRIPTS.map(hashOf).join(' ')};`);
  expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toMatch(/nonce|unsafe|strict-dynamic/);
  expect(policy).toContain('frame-ancestors * file:');
  expect(answers[0].headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=2');
  const etag = answers[0].headers.get('etag')!;
  expect(etag).toMatch(/^"v7-page-[\w-]{16}"$/);
  expect((await get('/embed?theme=dark', { 'if-none-match': etag })).status).toBe(304);

  // Another address is another variant; the dashboard may not be framed.
  const home = await get('/');
  expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(nextAsked).toBe(2);
  // A new data version: asked again, a new ETag.
  writeFileSync(claimsFile, 'v8-page');
  const next = await get('/embed?theme=dark');
  expect(await next.text()).toContain('v8-page');
  expect(next.headers.get('etag')).toMatch(/^"v8-page-/);
  expect(nextAsked).toBe(3);
});

test('sends a page brotli- or gzip-compressed as the client accepts, compressed once', async () => {
  const raw = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
    httpGet(`${origin}/`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  expect(raw.encoding).toBe('br');
  expect(brotliDecompressSync(Uint8Array.from(raw.bytes)).toString()).toContain('v8-page at /');
});

test('never keeps a React payload, a page another rule pins, or a desk page; a client cannot ask for a page without a nonce', async () => {
  nextAsked = 0;
  pageRequests.length = 0;
  await get('/', { rsc: '1' });
  await get('/?_rsc=abc');
  await get('/desk');
  await get('/', { 'x-replay-memo-refresh': 'guessed' });
  // The first two and the desk went to Next as they came; the last was answered from the memo, the header dropped.
  expect(pageRequests.map((r) => [r.url, r.refresh])).toEqual([['/', undefined], ['/?_rsc=abc', undefined], ['/desk', undefined]]);
  const pinned = await get('/embed?v=1');
  expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('keeps at most 64 page variants, forgetting the least recently used', async () => {
  writeFileSync(claimsFile, 'v9-many');
  for (let i = 0; i < 65; i++) await get(`/?date=variant-${i}`);
  nextAsked = 0;
  await get('/?date=variant-64');
  expect(nextAsked, 'the newest is kept').toBe(0);
  await get('/?date=variant-0');
  expect(nextAsked, 'the oldest was let go').toBe(1);
});

test('passes a redirect on as a redirect, never the page it points to', async () => {
  const answer = await fetch(`${origin}/present/0`, { redirect: 'manual' });
  expect(answer.status).toBe(307);
  expect(answer.headers.get('location')).toBe('/present/1');
});

test('prepares what open pages ask for after a publish as soon as the version changes, before any page asks', async () => {
  const plain = memo;
  memo = createReplayMemo(origin, { prepareNewVersions: true });
  try {
    writeFileSync(claimsFile, 'watched-1');
    // What pages asked for at this version: the poll's answer, the claim lists, the chart and map; and a page.
    const lists = '/api/buildup/markup?for=watched-1';
    for (const address of ['/api/buildup', lists, `${lists}&chart=1&map=1`, '/']) expect((await get(address)).status).toBe(200);
    askedOfNext.length = 0;
    writeFileSync(claimsFile, 'watched-2');
    const prepared = ['/api/buildup', '/api/buildup/markup?for=watched-2', '/api/buildup/markup?for=watched-2&chart=1&map=1'];
    await expect.poll(() => askedOfNext.length, { timeout: 5_000 }).toBe(prepared.length);
    // The pages' own addresses at the new version; not the page, which only a new reader asks for.
    expect(askedOfNext).toEqual(prepared);
    for (const address of prepared) expect(await (await get(address)).json()).toEqual({ claims: 'watched-2', path: address });
    expect(askedOfNext, 'the pages got the prepared answers').toHaveLength(prepared.length);
  } finally {
    memo.close();
    memo = plain;
  }
  // A memo made without it leaves Next alone until a page asks.
  askedOfNext.length = 0;
  writeFileSync(claimsFile, 'watched-3');
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(askedOfNext).toEqual([]);
});
