/**
 * The fuzzer's request generator: every route and API with junk queries, methods, headers and bodies.
 * Request `index` of a run depends only on (seed, index), so a failure can be replayed alone.
 */
import { HOSTILE_STRINGS, QUERY_KEYS } from './hostile';
import { type Random, random, requestSeed } from './random';

export interface FuzzRequest {
  index: number;
  /** Which route family it aims at, for the summary. */
  target: string;
  method: string;
  /** Already percent-encoded where needed: Node's client refuses raw spaces, controls and non-Latin-1. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const GEO_LAYERS = ['countries', 'crimea', 'borders', 'cities', 'labels', 'zones'];
const METHODS: [number, string][] = [[55, 'GET'], [10, 'HEAD'], [10, 'POST'], [5, 'PUT'], [5, 'DELETE'], [5, 'OPTIONS'], [5, 'PATCH'], [1, 'TRACE'], [1, 'PROPFIND']];
const CLAIM_IDS = ['deployed-90k', 'projected-175k', 'crimea-2014', 'eastern-flank'];

/** Percent-encodes UTF-8 bytes (lone surrogates become U+FFFD, where encodeURIComponent would throw). */
function pct(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Sometimes sent as is (to reach the server's own decoder with `%zz`, `%00`, `<`), when Node allows it. */
function encode(r: Random, text: string): string {
  return r.chance(0.2) && /^[\x21-\x7e]*$/.test(text) && !/[#?&=]/.test(text) ? text : pct(text);
}

function junkText(r: Random): string {
  return r.weighted<() => string>([
    [6, () => r.pick(HOSTILE_STRINGS)],
    [2, () => Array.from({ length: r.int(1, 30) }, () => String.fromCodePoint(r.pick([r.int(0, 0x7f), r.int(0x80, 0x7ff), r.int(0x800, 0xd7ff), r.int(0x10000, 0x10ffff)]))).join('')],
    // Up to about 10 KB once encoded; a few together pass Node's 16 KiB head limit, which is tested too.
    [1, () => {
      const [char, max] = r.pick([['A', 10_000], ['<', 3300], ['%', 3300], ['😀', 800]] as const);
      return char.repeat(r.int(500, max));
    }],
    [1, () => String(r.int(-1e6, 1e6) / r.pick([1, 10, 1000]))],
  ])();
}

/** Header values: Node's client refuses CR, LF and characters above U+00FF, so those become `?`. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

function query(r: Random, pairs: [string, string][]): string {
  const extra = r.int(0, 3);
  for (let i = 0; i < extra; i++) pairs.push([r.chance(0.7) ? r.pick(QUERY_KEYS) : junkText(r), junkText(r)]);
  if (r.chance(0.15) && pairs.length > 0) pairs.push(r.pick(pairs)); // a repeated key
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${encode(r, k)}=${encode(r, v)}`).join('&')}${r.chance(0.05) ? '&&=&' : ''}`;
}

function pageQuery(r: Random): [string, string][] {
  const pairs: [string, string][] = [];
  if (r.chance(0.5)) pairs.push(['theme', r.chance(0.5) ? r.pick(['light', 'dark']) : junkText(r)]);
  if (r.chance(0.4)) pairs.push(['hide', r.chance(0.5) ? r.pick(['figures', 'zone,cities', 'figures,zone,cities,figures']) : junkText(r)]);
  if (r.chance(0.4)) pairs.push(['source', r.chance(0.5) ? r.pick(CLAIM_IDS) : junkText(r)]);
  return pairs;
}

/** Exports stay at most 400 × 400 at scale 2, so the run measures robustness rather than rendering. */
function exportQuery(r: Random, clean: boolean): [string, string][] {
  const small = () => String(r.int(200, 400));
  const maybe = (p: number, good: () => string) => (clean || r.chance(p) ? good() : junkText(r));
  const pairs: [string, string][] = [['width', maybe(0.85, small)], ['height', maybe(0.85, small)]];
  if (r.chance(0.4)) pairs.push(['scale', clean || r.chance(0.8) ? r.pick(['1', '2']) : r.pick(['0', '5', '-1', '1.5', 'two', '', '1e0'])]);
  if (r.chance(0.6)) pairs.push(['format', maybe(0.8, () => r.pick(['png', 'jpeg', 'svg']))]);
  if (r.chance(0.4)) pairs.push(['theme', maybe(0.8, () => r.pick(['light', 'dark']))]);
  if (r.chance(0.3)) pairs.push(['background', maybe(0.8, () => r.pick(['theme', 'transparent']))]);
  if (r.chance(0.3)) pairs.push(['layout', maybe(0.8, () => r.pick(['full', 'map-only']))]);
  if (r.chance(0.3)) pairs.push(['title', maybe(0.5, () => r.pick(['T', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'Ünïcødé 😀 RTL \u202e', 'x'.repeat(200)]))]);
  if (r.chance(0.2)) pairs.push(['subtitle', junkText(r)]);
  // A data version: 1 exists, 2 and 3 may not (a 404), junk is a 400.
  if (r.chance(0.2)) pairs.push(['v', maybe(0.7, () => String(r.int(1, 3)))]);
  if (r.chance(0.3)) pairs.push(['scene', maybe(0.6, () => String(r.int(clean ? 1 : -1, clean ? 7 : 12)))]);
  else if (r.chance(0.6)) {
    pairs.push(['zoom', maybe(0.8, () => (r.int(30, 95) / 10).toFixed(2))], ['lat', maybe(0.8, () => String(r.int(400, 610) / 10))], ['lng', maybe(0.8, () => String(r.int(110, 500) / 10))]);
  }
  return pairs;
}

function presentSegment(r: Random): string {
  return r.weighted<() => string>([
    [4, () => String(r.int(-3, 12))],
    [1, () => '9'.repeat(r.int(7, 400))],
    [3, () => encode(r, junkText(r))],
    [1, () => r.pick(['1/2', '1/notes', '..', '%2e%2e', '%2F', '%00', '%E2%80%AE', 'notes/x', '1.5', '+1', '0x1', '1%20', '01'])],
  ])();
}

const JUNK_PATHS = [
  '/api', '/api/', '/api/geo', '/api/geo/', '/api/export/', '/api/export/x', '/API/BUILDUP', '/api/buildup/extra', '//api/buildup',
  '/./api/buildup', '/api/%2e%2e/buildup', '/api/geo/countries/extra', '/api/geo/countries.geojson', '/favicon.ico', '/icon.svg',
  '/robots.txt', '/sitemap.xml', '/.env', '/.git/config', '/package.json', '/fonts/', '/fonts/../package.json', '/fonts/%2e%2e/package.json',
  '/_next/static/chunks/nope.js', '/_next/static/%2e%2e/%2e%2e/package.json', '/_next/data/x/index.json', '/_next/image',
  '/_next/image?url=%2Ficon.svg&w=64&q=75', '/_next/image?url=http%3A%2F%2F127.0.0.1%2F&w=1&q=1', '/_next/image?url=%2F&w=99999&q=-1',
  '/__nextjs_original-stack-frame?file=x', '/_next/webpack-hmr', '/embed/', '/embed/x', '/present/notes/x', '/present//', '/%', '/%ff',
  '/%00', '/%c0%ae%c0%ae/', '/index.html', '/page', '/_not-found', '/_error', '/500', '/404', '/?', '/#x', '/..%2f',
];

interface Target { target: string; path: string; method?: string }

function target(r: Random): Target {
  return r.weighted<() => Target>([
    [12, () => ({ target: '/', path: `/${query(r, pageQuery(r))}` })],
    [5, () => ({ target: '/present', path: `/present${query(r, pageQuery(r))}` })],
    [6, () => ({ target: '/present/N', path: `/present/${presentSegment(r)}${query(r, [])}` })],
    [4, () => ({ target: '/present/notes', path: `/present/notes${query(r, pageQuery(r))}` })],
    [6, () => ({ target: '/embed', path: `/embed${query(r, pageQuery(r))}` })],
    [10, () => ({ target: '/api/geo/<layer>', path: `/api/geo/${r.chance(0.6) ? r.pick(GEO_LAYERS) : encode(r, junkText(r))}${query(r, [])}` })],
    [12, () => ({ target: '/api/buildup', path: `/api/buildup${query(r, [])}` })],
    [12, () => ({ target: '/api/export', path: `/api/export${query(r, exportQuery(r, false))}` })],
    // Valid exports too, so that renders run side by side and the limiter's 503 path is reached.
    [8, () => {
      const pairs = exportQuery(r, true);
      return { target: '/api/export', method: r.chance(0.9) ? 'GET' : 'HEAD', path: `/api/export?${pairs.map(([k, v]) => `${k}=${pct(v)}`).join('&')}` };
    }],
    [10, () => ({ target: 'junk path', path: r.chance(0.7) ? r.pick(JUNK_PATHS) : `/${Array.from({ length: r.int(1, 5) }, () => encode(r, junkText(r))).join('/')}` })],
  ])();
}

function headers(r: Random, path: string): Record<string, string> {
  const h: Record<string, string> = {};
  const add = (p: number, name: string, value: () => string) => {
    if (r.chance(p)) h[name] = headerSafe(value());
  };
  add(0.4, 'accept', () => r.pick(['*/*', 'text/html', 'application/json', 'text/x-component', 'image/png', 'application/geo+json', '', ';;;', 'text/*;q=abc', junkText(r).slice(0, 2000)]));
  add(0.3, 'if-none-match', () => r.pick(['*', '"x"', 'W/"x", "y"', ',,,', `"${'a'.repeat(r.int(100, 8000))}"`, Array.from({ length: 500 }, (_, i) => `"${i}"`).join(', '), junkText(r).slice(0, 4000)]));
  add(0.15, 'range', () => r.pick(['bytes=0-10', 'bytes=-5', 'bytes=999999999-', 'bytes=5-1', 'bytes=0-0,1-1,2-2,3-3', 'junk', `bytes=${'0-1,'.repeat(500)}0-1`]));
  add(0.1, 'accept-encoding', () => r.pick(['gzip', 'br', 'identity;q=0', '*;q=0', 'zstd, deflate', 'junk;;q=2']));
  add(0.08, 'if-modified-since', () => r.pick(['Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', '']));
  add(0.08, 'cookie', () => r.pick(['a=b', '__Host-x=1; ;;=', `big=${'c'.repeat(6000)}`]));
  add(0.06, 'origin', () => r.pick(['null', 'https://evil.example', junkText(r).slice(0, 200)]));
  // Next's own request headers, which a client can set to anything.
  add(0.08, 'rsc', () => r.pick(['1', '0', 'x']));
  add(0.06, 'next-router-state-tree', () => r.pick(['junk', '%5B%22%22%5D', encodeURIComponent(JSON.stringify(['', { children: ['x', {}] }])), '%7B', 'x'.repeat(3000)]));
  add(0.05, 'next-router-prefetch', () => '1');
  add(0.04, 'next-url', () => r.pick(['/present', '/%ff', junkText(r).slice(0, 100)]));
  add(0.04, 'x-forwarded-host', () => r.pick(['evil.example', 'a b', '[::1', '', 'x'.repeat(300)]));
  add(0.04, 'x-forwarded-proto', () => r.pick(['https', 'gopher', '', 'https, http']));
  add(0.03, 'host', () => r.pick(['evil.example', 'localhost:99999', '[::1', 'a_b', '127.0.0.1:1']));
  if (path.startsWith('/api/export') && r.chance(0.05)) h['if-none-match'] = '*';
  return h;
}

function body(r: Random, method: string, h: Record<string, string>): Buffer | undefined {
  if (method === 'GET' || method === 'HEAD' || r.chance(0.3)) return undefined;
  const [type, content] = r.pick<[string, string]>([
    ['application/json', '{"a":1}'],
    ['application/json', '{"a":'],
    ['application/x-www-form-urlencoded', 'a=1&b=%zz&$ACTION_ID_x=1'],
    ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n1\r\n--xyz--\r\n'],
    ['multipart/form-data; boundary=', '--\r\n\r\n'],
    ['multipart/form-data', 'no boundary at all'],
    ['text/plain', junkText(r)],
    ['text/x-component', '["$@1"]'],
    // At most 8 KB: a larger body that the server rejects unread gets the connection reset (Node does not
    // linger on close), which would be reported as a network error of the client, not of the app.
    ['application/octet-stream', 'A'.repeat(r.int(1, 8000))],
  ]);
  h['content-type'] = type;
  if (r.chance(0.3) && method === 'POST') h['next-action'] = r.pick(['0'.repeat(40), 'x', 'f'.repeat(42), '']);
  return Buffer.from(content, 'utf8');
}

export function makeRequest(seed: number, index: number): FuzzRequest {
  const r = random(requestSeed(seed, index));
  const picked = r.weighted(METHODS);
  const { target: name, path, method = picked } = target(r);
  const h = headers(r, path);
  return { index, target: name, method, path, headers: h, body: body(r, method, h) };
}

/** Bytes of the request head: above Node's 16 KiB limit the server may close the connection instead of answering. */
export function headSize(req: FuzzRequest): number {
  return req.method.length + req.path.length + 12 + Object.entries(req.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) + 64;
}
