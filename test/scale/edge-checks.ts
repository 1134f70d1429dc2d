/**
 * What the edge promises (deploy/nginx.conf's own comments), checked against the running nginx: its micro-cache
 * keeps an answer exactly as long as the app's s-maxage says and serves it stale only within stale-while-revalidate;
 * concurrent requests for an address it may not keep do not wait for each other; TRACE is a 405 and an over-long
 * address a 414; static files come as the build's .br/.gz copies; and the desk works through it (a sign-in from the
 * edge's own origin).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EDITOR } from './instances';
import { load, rawGet } from './measure';
import { pause, ROOT } from './processes';

export interface Check {
  name: string;
  expected: string;
  observed: string;
  ok: boolean;
}

const xCache = (headers: Record<string, unknown>) => String(headers['x-cache'] ?? 'none');

/**
 * The cache states of one fresh address over time: MISS, then HIT while fresh, then not HIT once s-maxage is over
 * (nginx keeps whole seconds: fresh for s-maxage to s-maxage + 1 s), HIT again once refreshed in the background
 * (UPDATING until then), and EXPIRED or REVALIDATED (asked before answering) after an idle spell longer than s-maxage +
 * stale-while-revalidate.
 */
async function cacheTimeline(edge: string, address: string): Promise<Check> {
  const get = async () => xCache((await rawGet(edge, address, { 'accept-encoding': 'gzip, br' })).headers);
  const states: string[] = [];
  // The windows the app itself gives (the same header a CDN would read).
  const answer = await rawGet(edge, address, { 'accept-encoding': 'gzip, br' });
  const directive = (name: string) => Number(String(answer.headers['cache-control'] ?? '').match(new RegExp(`${name}=(\\d+)`))?.[1] ?? NaN);
  const [sMaxAge, staleWhileRevalidate] = [directive('s-maxage'), directive('stale-while-revalidate')];
  const first = xCache(answer.headers);
  const t0 = Date.now();
  states.push(`0 s ${first}`);
  const at = async (seconds: number) => {
    await pause(Math.max(0, t0 + seconds * 1000 - Date.now()));
    const state = await get();
    states.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${state}`);
    return state;
  };
  const again = await at(0.05);
  const fresh = await at(sMaxAge * 0.75);
  const stale = await at(sMaxAge + 1.3);
  let refreshed = await at(sMaxAge + 1.8);
  // The refresh the stale answer started may still be under way (UPDATING: at 20:00 on 7 December the instance took
  // longer than half a second to render /embed): asked again until nginx's stale window ends.
  for (let t = sMaxAge + 2.1; refreshed === 'UPDATING' && t < sMaxAge + 1 + staleWhileRevalidate; t += 0.3) refreshed = await at(t);
  const idle = sMaxAge + 1.8 + sMaxAge + staleWhileRevalidate + 2;
  const expired = await at(idle);
  // After the stale window nginx asks the app before answering: EXPIRED, or REVALIDATED when the app said 304.
  const ok = first === 'MISS' && again === 'HIT' && fresh === 'HIT' && ['STALE', 'UPDATING', 'EXPIRED', 'REVALIDATED'].includes(stale) && refreshed === 'HIT'
    && ['EXPIRED', 'REVALIDATED'].includes(expired);
  return {
    name: `cache obeys s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate} (${address.split('?')[0]})`,
    expected: 'MISS, HIT, HIT, STALE|UPDATING, (UPDATING…) HIT, EXPIRED|REVALIDATED',
    observed: states.join(', '),
    ok,
  };
}

/**
 * A dashboard's poll asks whatever the age of its own copy (fetch's no-cache mode: `Cache-Control: max-age=0` and the
 * ETag it has). The edge must still answer it from its copy: were such requests passed on, the origin's load would
 * grow with the number of viewers.
 */
async function pollFromEdgeCopy(edge: string): Promise<Check> {
  const address = `/api/buildup?scale-poll=${Date.now().toString(36)}`;
  const first = await rawGet(edge, address, { 'accept-encoding': 'gzip, br' });
  const poll = await rawGet(edge, address, { 'accept-encoding': 'gzip, br', 'cache-control': 'max-age=0', 'if-none-match': String(first.headers.etag) });
  return {
    name: "a dashboard's poll (Cache-Control: max-age=0, If-None-Match), just after another reader's request",
    expected: 'answered from the edge\'s copy (X-Cache HIT), 200 or 304',
    observed: `first ${first.status} ${xCache(first.headers)}, then ${poll.status} ${xCache(poll.headers)}`,
    ok: [200, 304].includes(poll.status) && xCache(poll.headers) === 'HIT',
  };
}

/** The largest script of the build that has a brotli copy beside it. */
function precompressedScript(): { url: string; file: string } | null {
  const folder = path.join(ROOT, '.next', 'static', 'chunks');
  const candidates = readdirSync(folder).filter((name) => name.endsWith('.js.br')).map((name) => path.join(folder, name.slice(0, -3)));
  const file = candidates.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return file ? { url: `/_next/static/chunks/${path.basename(file)}`, file } : null;
}

/**
 * An address the edge may not keep (max-age=0), asked for by several readers at once: through the edge about as fast
 * as from an instance. nginx's cache lock made such requests wait for each other in steps of 500 ms.
 */
async function uncachedConcurrency(edge: string, instance: string, path: string): Promise<Check> {
  const options = { connections: 8, seconds: 5 };
  const direct = await load(instance, [path], options);
  const through = await load(edge, [path], options);
  return {
    name: `${path} (never kept by the edge) at ${options.connections} connections, ${options.seconds} s`,
    expected: 'p99 < 500 ms through the edge (no lock steps), no failures',
    observed: `through the edge ${Math.round(through.requestsPerSecond)} req/s, p99 ${through.p99Ms} ms (max ${through.maxMs} ms); from instance A ${Math.round(direct.requestsPerSecond)} req/s, p99 ${direct.p99Ms} ms`,
    ok: through.p99Ms < 500 && through.failed === 0 && through.requests > 0,
  };
}

export async function edgeChecks(edge: string, instance: string, brotli: boolean): Promise<Check[]> {
  const checks: Check[] = [];
  checks.push(await uncachedConcurrency(edge, instance, '/api/changes'));
  const tag = Date.now().toString(36);
  const [page, data] = await Promise.all([
    cacheTimeline(edge, `/embed?scale-check=${tag}`),
    cacheTimeline(edge, `/api/buildup?scale-check=${tag}`),
  ]);
  checks.push(page, data);
  checks.push(await pollFromEdgeCopy(edge));

  const trace = await rawGet(edge, '/', {}, 'TRACE');
  checks.push({ name: 'TRACE /', expected: '405', observed: String(trace.status), ok: trace.status === 405 });
  const made = await rawGet(edge, '/', {}, 'BREW');
  checks.push({ name: 'BREW / (a made-up method)', expected: '405', observed: String(made.status), ok: made.status === 405 });
  const long = `/?q=${'a'.repeat(7000 - 4)}`;
  const tooLong = await rawGet(edge, long, {});
  checks.push({ name: `GET of a ${long.length.toLocaleString('en-US')}-character address`, expected: '414', observed: String(tooLong.status), ok: tooLong.status === 414 });

  const script = precompressedScript();
  if (!script) checks.push({ name: 'static file as its .br copy', expected: 'a .js.br in .next/static/chunks', observed: 'none found', ok: false });
  else {
    for (const [coding, suffix] of [...(brotli ? [['br', 'br']] : []), ['gzip', 'gz']] as [string, string][]) {
      const accept = coding === 'br' ? 'gzip, br' : 'gzip';
      const answer = await rawGet(edge, script.url, { 'accept-encoding': accept });
      const copy = readFileSync(`${script.file}.${suffix}`);
      const encoding = String(answer.headers['content-encoding'] ?? 'none');
      const same = answer.body.equals(copy);
      checks.push({
        name: `static ${script.url.replace('/_next/static/chunks/', '…/')} with Accept-Encoding: ${accept}`,
        expected: `Content-Encoding: ${coding}, the bytes of its .${suffix} file, immutable`,
        observed: `${answer.status}, Content-Encoding: ${encoding}, ${same ? `the .${suffix} file's ${copy.length} bytes` : `${answer.body.length} bytes, not the .${suffix} file`}, ${String(answer.headers['cache-control'])}`,
        ok: answer.status === 200 && encoding === coding && same && /immutable/.test(String(answer.headers['cache-control'])),
      });
    }
  }

  // The desk through the edge: better-auth and the claims API trust the origin the browser addressed.
  const signIn = await fetch(`${edge}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: edge }, body: JSON.stringify(EDITOR) });
  const signInText = await signIn.text();
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  let write = 'not tried';
  let writeOk = false;
  if (signIn.status === 200) {
    // A save based on an old revision: refused as stale (409) once the origin and the session pass; nothing is written.
    const stale = await fetch(`${edge}/api/claims/danilov-80-90k`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: edge, cookie, 'if-match': '"0"' },
      body: JSON.stringify({ claim: { id: 'danilov-80-90k' }, note: 'scale test: never saved' }),
    });
    write = `${stale.status} ${(await stale.text()).slice(0, 48)}…`;
    writeOk = stale.status === 409;
  }
  checks.push({
    name: "the desk through the edge (Origin: the edge's own address)",
    expected: 'sign-in 200; a stale PUT 409 (not 403)',
    observed: `sign-in ${signIn.status}${signIn.status === 200 ? '' : ` ${signInText.slice(0, 160)}`}; PUT ${write}`,
    ok: signIn.status === 200 && writeOk,
  });
  return checks;
}
