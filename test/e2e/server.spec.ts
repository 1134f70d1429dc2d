/**
 * What server.mjs answers before Next sees a request: each of these was a bare 500 from Next (or, for the long
 * address, a header block too large for Node's HTTP client), found by `npm run fuzz`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { get, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** A raw request with Node's own client (16 KB header limit), so an oversize answer fails here as it would in any Node client. */
function raw(url: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    req.on('error', reject).end();
  });
}

/** Bytes written as they are on a socket (no client would send them), and the answer's status line, type and body. */
function rawBytes(baseURL: string, bytes: Buffer) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ statusLine: string; type: string | undefined; body: string }>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.on('data', (chunk) => chunks.push(chunk)).on('error', reject).on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body = ''] = text.split('\r\n\r\n');
      const type = /^content-type: *(.+)$/im.exec(head)?.[1];
      resolve({ statusLine: head.split('\r\n')[0], type, body });
    });
  });
}

test('what Node cannot parse is answered with the reason, not a bare 400', async ({ baseURL }) => {
  // curl sends the letters of `curl ".../api/export?title=Привет"` as raw UTF-8; browsers percent-encode them.
  const letters = await rawBytes(baseURL!, Buffer.concat([Buffer.from('GET /api/export?title='), Buffer.from('Привет'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));
  expect(letters.statusLine).toBe('HTTP/1.1 400 Bad Request');
  expect(letters.type).toBe('application/json');
  expect(JSON.parse(letters.body).error).toContain('percent-encode it, as browsers do (encodeURIComponent; “П” is %D0%9F)');
  // Past the 64 KB server.mjs reads, where the 414 cannot count the address.
  const huge = await rawBytes(baseURL!, Buffer.from(`GET /?q=${'A'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
  expect(huge.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
  expect(JSON.parse(huge.body).error).toContain('over 64 KB; an address may be at most 6,144 characters long');
  // An address without its leading slash was said to hold a raw character.
  const relative = await rawBytes(baseURL!, Buffer.from('GET api/buildup HTTP/1.1\r\nHost: x\r\n\r\n'));
  expect(relative.statusLine).toBe('HTTP/1.1 400 Bad Request');
  expect(JSON.parse(relative.body).error).toBe('The address must begin with "/" (such as /api/buildup), not "api/buildup".');
  const junk = await rawBytes(baseURL!, Buffer.from('GARBAGE\r\n\r\n'));
  expect(junk.statusLine).toBe('HTTP/1.1 400 Bad Request');
  expect(JSON.parse(junk.body).error).toBe('The request is not valid HTTP/1.1 (Invalid method encountered).');
});

test('a body declared over 1 MB is a 413 before it is read, as at the edge', async ({ baseURL }) => {
  const answer = await rawBytes(baseURL!, Buffer.from('POST /api/auth/sign-in/email HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{"email":'));
  expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
  expect(JSON.parse(answer.body).error).toBe('The request body is 2,000,000 bytes; at most 1,048,576 (1 MB) are accepted.');
});

test('TRACE is a 405 that lists the allowed methods', async ({ baseURL }) => {
  const answer = await raw(`${baseURL}/`, { method: 'TRACE' });
  expect(answer.status).toBe(405);
  expect(answer.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  expect(JSON.parse(answer.body).error).toBe('The method TRACE is not allowed; use one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.');
});

// Next answered these with a bare 500 (a hostile review's finding): a file asked with PUT, POST or DELETE, and the
// request targets "*" and an absolute address (which Next redirected to, another site).
test('a file or a page asked with another method than GET or HEAD is a 405 naming the ones to use', async ({ baseURL }) => {
  for (const address of ['/embed.js', '/fonts/LICENSE-Inter.txt']) {
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const answer = await raw(`${baseURL}${address}`, { method });
      expect(answer.status, `${method} ${address}`).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(JSON.parse(answer.body).error).toBe(`${address} is a file: use GET or HEAD, not ${method}.`);
    }
    expect((await raw(`${baseURL}${address}`, { method: 'OPTIONS' })).headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await raw(`${baseURL}${address}`)).status).toBe(200);
  }
  const chunk = (await raw(`${baseURL}/`)).body.match(/\/_next\/static\/chunks\/[\w.-]+\.js/)![0];
  expect((await raw(`${baseURL}${chunk}`, { method: 'PUT' })).status).toBe(405);
  // A page too: Next gave it for PUT as for GET, and an empty 400 for OPTIONS.
  const page = await raw(`${baseURL}/sources?date=2021-12-06`, { method: 'PUT' });
  expect([page.status, page.headers.allow, JSON.parse(page.body).error]).toEqual([405, 'GET, HEAD', '/sources is a page: use GET or HEAD, not PUT.']);
  expect((await raw(`${baseURL}/present/2`, { method: 'OPTIONS' })).headers.allow).toBe('GET, HEAD, OPTIONS');
  // The API and the feed answer for themselves.
  expect((await raw(`${baseURL}/changes.atom`, { method: 'PUT' })).headers.allow).toBe('GET, HEAD');
});

test('the request targets "*" and an absolute address are answered, not a 500 or a redirect elsewhere', async ({ baseURL }) => {
  const options = await rawBytes(baseURL!, Buffer.from('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  expect(options.statusLine).toBe('HTTP/1.1 204 No Content');
  const star = await rawBytes(baseURL!, Buffer.from('GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  expect(star.statusLine).toBe('HTTP/1.1 400 Bad Request');
  expect(JSON.parse(star.body).error).toBe('The request names "*", which is not an address on this server: it must start with "/".');
  const absolute = await rawBytes(baseURL!, Buffer.from('GET http://elsewhere.example/api/buildup HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  expect(absolute.statusLine).toBe('HTTP/1.1 200 OK');
  expect(absolute.type).toMatch(/^application\/json/);
});

test('a router-state header Next cannot parse is a 400 naming it', async ({ baseURL }) => {
  const answer = await raw(`${baseURL}/`, { headers: { 'next-router-state-tree': '%zz[' } });
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body).error).toBe('The next-router-state-tree header is malformed.');
});

test('an address over 6,144 characters is a 414 naming both lengths; one just under still gets an answer Node can read', async ({ baseURL }) => {
  const long = await raw(`${baseURL}/api/geo/?width=${'A'.repeat(11_000)}`);
  expect(long.status).toBe(414);
  expect(JSON.parse(long.body).error).toBe('The address is 11,016 characters long; at most 6,144 are accepted.');
  // Past Node's default 16 KB of headers too: still the 414 that says why, not Node's bare 431.
  const longer = await raw(`${baseURL}/api/export?title=${'A'.repeat(20_000)}`);
  expect(longer.status).toBe(414);
  expect(JSON.parse(longer.body).error).toBe('The address is 20,018 characters long; at most 6,144 are accepted.');
  // A browser opening a page that long gets the same words in a page, with a way back to the map (it showed the JSON).
  const page = await raw(`${baseURL}/?date=${'x'.repeat(7_000)}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  expect([page.status, page.headers['content-type']]).toEqual([414, 'text/html; charset=utf-8']);
  expect(page.body).toContain('<h1>This address cannot be opened</h1><p>The address is 7,007 characters long; at most 6,144 are accepted.</p>');
  expect(page.body).toContain('<a href="/">Open the map</a>');
  // The API keeps its JSON, whatever a browser's Accept says.
  const api = await raw(`${baseURL}/api/export?title=${'A'.repeat(7_000)}`, { headers: { accept: 'text/html' } });
  expect([api.status, JSON.parse(api.body).error]).toEqual([414, 'The address is 7,018 characters long; at most 6,144 are accepted.']);
  // Next answers a trailing slash with a redirect that repeats the address twice in its headers.
  const path = `/api/geo/?width=${'A'.repeat(6144 - '/api/geo/?width='.length)}`;
  expect(path).toHaveLength(6144);
  const redirect = await raw(`${baseURL}${path}`);
  expect(redirect.status).toBe(308);
  expect(redirect.headers.location).toBe(path.replace('/api/geo/?', '/api/geo?'));
});

test('the longest export address the dialog can make is served', async ({ baseURL }) => {
  // The dialog allows 200 UTF-16 units per field; a three-byte character is the most per unit once %-escaped (9).
  const widest = '\u201c'.repeat(200);
  const url = `${baseURL}/api/export?width=1200&height=630&format=svg&title=${encodeURIComponent(widest)}&subtitle=${encodeURIComponent(widest)}`;
  expect(url.length - baseURL!.length).toBeGreaterThan(3600);
  const answer = await new Promise<number>((resolve, reject) => get(url, (response) => { response.resume(); resolve(response.statusCode!); }).on('error', reject));
  expect(url.length).toBeLessThan(6144);
  expect(answer).toBe(200);
});

test('the built server starts its raster threads from the bundled worker, not from the TypeScript source through tsx', () => {
  // The pool's way from source (geo/render/raster-pool.ts) imports tsx's loader; built, Next compiles it out. Decided
  // once by the module's address, which Turbopack gives as the source file's, every thread compiled the renderer at
  // its start: a cold thread's first SVG export took 2.5 s instead of 0.9.
  const chunks = join(process.cwd(), '.next', 'server', 'chunks');
  const built = readdirSync(chunks).filter((name) => name.endsWith('.js'));
  expect(built.some((name) => name.includes('raster-worker'))).toBe(true);
  expect(built.filter((name) => readFileSync(join(chunks, name), 'utf8').includes('tsx/esm/api'))).toEqual([]);
});
