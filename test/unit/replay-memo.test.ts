/**
 * server.mjs's replay memo, against a stand-in for Next that counts how often it is asked: it must replay Next's
 * answer byte for byte, ask again as soon as the published data version changes, keep the build's static files, and pass
 * everything else on.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';

type Memo = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'replay-memo-'));
/** The stamp store/current.ts writes when the published data version changes (here: what Next's stand-in serves). */
const claimsFile = path.join(workDir, 'data-version');
let nextAsked = 0;
let nextStatus = 200;
let server: Server;
let origin = '';

/** Next's stand-in: the body names the claims text it read, the ETag follows it. */
function standInForNext(request: IncomingMessage, response: ServerResponse) {
  nextAsked += 1;
  const claims = readFileSync(claimsFile, 'utf8') as string;
  if (request.url?.startsWith('/_next/static/')) {
    const exists = request.url === '/_next/static/chunks/app.js';
    response.writeHead(exists ? 200 : 404, { 'content-type': 'application/javascript; charset=UTF-8', etag: 'W/"7-abc"', 'cache-control': 'public, max-age=31536000, immutable' });
    response.end(exists ? 'console.log("built")' : 'missing');
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
  process.chdir(workDir);
  // @ts-expect-error: a plain ES module beside server.mjs, without types
  const { createReplayMemo } = (await import('../../replay-memo.mjs')) as { createReplayMemo: (origin: string) => Memo };
  let memo: Memo = async () => false;
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
  await get('/api/geo/countries');
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
