/**
 * The production server: Next's own request handler behind a plain Node HTTP server, for kinds of request that
 * Next answers with a 500 before any of the app's code (even proxy.ts) runs: a method it cannot turn into a
 * WHATWG Request (TRACE), here a 405; a router-state header it cannot parse, here a 400; a file asked with PUT,
 * POST or DELETE, here a 405 (a page too, which Next gave as for GET); the request target "*", here a 204 for
 * OPTIONS and a 400 otherwise. An address longer
 * than 6,144 characters gets a 414 (see MAX_ADDRESS_LENGTH), a body declared over 1 MB a 413. It also replays Next's answers to GET /api/buildup
 * while the claims file is unchanged, and to the build's static files, gzipped once (replay-memo.mjs).
 *   node server.mjs [--port 3000] [--host 0.0.0.0]   (or PORT / HOST in the environment)
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { answerClientError } from './client-error.mjs';
import { refusalBody, wantsPage } from './refusal-page.mjs';
import { createReplayMemo } from './replay-memo.mjs';

/*
 * resvg's allocator (mimalloc, inside its native module) is left at its defaults. Told to hand freed memory back at
 * once (MIMALLOC_PURGE_DELAY=0), it did, but every SVG it read took five times as long (190 ms instead of 40 for a
 * 40-megapixel export's), and a JPEG export reads its SVG once per band (geo/render/jpeg-bands.ts). A raster
 * thread's memory goes back when the thread exits, after 30 s idle (geo/render/raster.ts).
 */

const argument = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const port = Number(argument('port') ?? process.env.PORT ?? 3000);
const hostname = argument('host') ?? process.env.HOST ?? '0.0.0.0';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/**
 * Longer addresses get a 414. Next's redirects (a trailing slash, say) repeat the address in two headers, so an
 * 11,000-character one made a 22 KB header block that HTTP clients such as Node's refuse (found by the fuzz
 * script). The longest real address, an export whose 200-character title and subtitle are all three-byte characters
 * such as “ (9 characters each once %-escaped), is about 3,700; twice 6,144 still fits in the 16 KB that Node's
 * HTTP client accepts.
 */
const MAX_ADDRESS_LENGTH = 6144;

/** The shape of Next's router state: [segment, { slot: state, … }, …], nested. */
function isRouterState(value, depth = 0) {
  if (!Array.isArray(value) || value.length < 2 || depth > 32) return false;
  const [segment, slots] = value;
  const segmentOk = typeof segment === 'string' || (Array.isArray(segment) && typeof segment[0] === 'string');
  if (!segmentOk || slots === null || typeof slots !== 'object' || Array.isArray(slots)) return false;
  return Object.values(slots).every((child) => isRouterState(child, depth + 1));
}

function junkRouterState(header) {
  if (header === undefined) return false;
  try {
    return !isRouterState(JSON.parse(decodeURIComponent(String(header))));
  } catch {
    return true;
  }
}

/**
 * The files served as they are (public/, and the build's own under /_next/static/): Next answered any other method
 * than GET or HEAD on them with a bare 500 (`PUT /embed.js`), here a 405 that says which to use.
 */
const PUBLIC_DIR = fileURLToPath(new URL('public', import.meta.url));
const PUBLIC_FILES = new Set(readdirSync(PUBLIC_DIR, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  .map((entry) => `/${path.relative(PUBLIC_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`));
const isFile = (url) => {
  const pathname = url.split(/[?#]/)[0];
  return pathname.startsWith('/_next/static/') || PUBLIC_FILES.has(pathname);
};
const FILE_METHODS = ['GET', 'HEAD'];
/** The app's own handlers (the API, the feed, the map's shapes), which refuse other methods themselves; the rest are pages. */
const isPage = (url) => !/^\/(api\/|_next\/|changes\.atom(?:[?#]|$)|map-shapes\/)/.test(url) && !isFile(url);

const reject = (request, response, status, error, headers = {}) => {
  const { type, body } = refusalBody(error, wantsPage(request.url, request.headers.accept));
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), Vary: 'Accept', ...headers });
  response.end(body);
};

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const loopback = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
const answerFromMemo = createReplayMemo(`http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`, { prepareNewVersions: true });

/**
 * The client's address for the app (the sign-in limit): the connection's own, so a client cannot choose it, unless
 * this server runs behind a proxy it trusts (BUILDUP_TRUST_PROXY=1; deploy/nginx.conf sets X-Forwarded-For).
 */
const TRUST_PROXY = process.env.BUILDUP_TRUST_PROXY === '1';

/**
 * Node refuses a request whose headers (the address among them) pass 16 KB with a bare 431 and no body, before this
 * code sees it: a 20,000-character address got no explanation. Read up to 64 KB, so the 414 above names the lengths
 * (past that, and for whatever else Node's parser refuses, client-error.mjs says why).
 */
const MAX_HEADER_BYTES = 64 * 1024;
/**
 * A body declared longer gets a 413 before it is read, as nginx answers at the edge (client_max_body_size 1m): no
 * request of the app's sends more (the desk's API reads at most 256 KB of any body, declared or not: store/api.ts).
 */
const MAX_BODY_BYTES = 1024 * 1024;

createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (request, response) => {
  if (!TRUST_PROXY) request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? 'unknown';
  // An absolute address (`GET http://elsewhere.example/api/buildup HTTP/1.1`) is read as its path: Next redirected to it.
  if (/^https?:\/\/[^/]+\//i.test(request.url ?? '')) request.url = request.url.replace(/^https?:\/\/[^/]+/i, '');
  const addressLength = (request.url ?? '').length;
  if (addressLength > MAX_ADDRESS_LENGTH) {
    reject(request, response, 414, `The address is ${addressLength.toLocaleString('en-US')} characters long; at most ${MAX_ADDRESS_LENGTH.toLocaleString('en-US')} are accepted.`);
  } else if (!METHODS.includes(request.method ?? '')) {
    reject(request, response, 405, `The method ${String(request.method).slice(0, 20)} is not allowed; use one of ${METHODS.join(', ')}.`, { Allow: METHODS.join(', ') });
  } else if (request.url === '*' && request.method === 'OPTIONS') {
    // The server as a whole (`OPTIONS * HTTP/1.1`): Next answered it with a 500.
    response.writeHead(204, { Allow: METHODS.join(', '), 'Cache-Control': 'no-store' }).end();
  } else if (!request.url?.startsWith('/')) {
    reject(request, response, 400, `The request names ${JSON.stringify(String(request.url).slice(0, 40))}, which is not an address on this server: it must start with "/".`);
  } else if (isFile(request.url) && request.method === 'OPTIONS') {
    response.writeHead(204, { Allow: [...FILE_METHODS, 'OPTIONS'].join(', '), 'Cache-Control': 'no-store' }).end();
  } else if (isFile(request.url) && !FILE_METHODS.includes(request.method)) {
    reject(request, response, 405, `${request.url.split(/[?#]/)[0].slice(0, 200)} is a file: use GET or HEAD, not ${request.method}.`, { Allow: FILE_METHODS.join(', ') });
  } else if (isPage(request.url) && request.method === 'OPTIONS') {
    response.writeHead(204, { Allow: [...FILE_METHODS, 'OPTIONS'].join(', '), 'Cache-Control': 'no-store' }).end();
  } else if (isPage(request.url) && !FILE_METHODS.includes(request.method)) {
    // Next gave a page for PUT, POST or DELETE as for GET, and an empty 400 for OPTIONS.
    reject(request, response, 405, `${request.url.split(/[?#]/)[0].slice(0, 200)} is a page: use GET or HEAD, not ${request.method}.`, { Allow: FILE_METHODS.join(', ') });
  } else if (Number(request.headers['content-length']) > MAX_BODY_BYTES) {
    response.setHeader('Connection', 'close');
    reject(request, response, 413, `The request body is ${Number(request.headers['content-length']).toLocaleString('en-US')} bytes; at most ${MAX_BODY_BYTES.toLocaleString('en-US')} (1 MB) are accepted.`);
  } else if (junkRouterState(request.headers['next-router-state-tree'])) {
    reject(request, response, 400, 'The next-router-state-tree header is malformed.');
  } else if (!(await answerFromMemo(request, response))) {
    handle(request, response);
  }
}).on('clientError', answerClientError).listen(port, hostname, () => {
  console.log(`Buildup Map ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
  void warmUp();
});

/**
 * Asks this server once for what readers load first (the store is opened, the pages rendered into the memo, and what
 * the dashboard's head asks for: its map layers, brotli-compressed once, 190 ms for the countries) and draws a few
 * small exports: the renderer's first runs are several times slower than later ones (and a raster thread's start),
 * so a cold first export held up the answers around it (50–85 ms instead of about 13, when its SVG was still written
 * on the thread that answers every request).
 */
/** What a page asks for from this server as it loads: its head's preloads, fonts and script loader, its map's shapes. */
function headAddresses(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const asked = [...head.matchAll(/(?:href|src)="(\/(?:api|fonts|after-first-paint)[^"]*)"/g), ...html.matchAll(/href="(\/map-shapes\/[^"#]+)/g)];
  return [...new Set(asked.map((m) => m[1].replace(/&amp;/g, '&')))];
}

async function warmUp() {
  const origin = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`;
  const addresses = ['/api/buildup', '/', '/embed', ...Array.from({ length: 4 }, (_, i) => `/api/export?format=svg&width=${800 + i}&height=600`)];
  for (let i = 0; i < addresses.length; i++) {
    try {
      const answer = await fetch(`${origin}${addresses[i]}`, { headers: { 'accept-encoding': 'br' } });
      if (addresses[i] !== '/') await answer.arrayBuffer();
      else addresses.splice(i + 1, 0, ...headAddresses(await answer.text()));
    } catch {
      // A server that cannot answer yet says so to its first reader; warming up is only a head start.
    }
  }
}
