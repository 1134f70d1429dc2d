/**
 * The measurements: load with autocannon (throughput, latency, failures), a correction's way to readers through the
 * edge, an instance killed under load, and an instance's memory under concurrent exports.
 */
import http from 'node:http';
import autocannon, { type Request, type Result } from 'autocannon';
import { EDITOR } from './instances';
import { pause, sampleRss } from './processes';
import type { LoadSummary } from '../support/load-summary';

/** What browsers send: the edge and the baselines answer with their brotli copies. */
export const ACCEPT = { 'accept-encoding': 'gzip, br' };

export interface LoadFigures extends LoadSummary {
  maxMs: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Answers outside 2xx/3xx, plus connection errors (timeouts included). */
  failed: number;
}

const statusCounts = (stats: Record<string, { count: number }>) => Object.fromEntries(Object.entries(stats).map(([status, { count }]) => [status, count]));
export const formatStatuses = (statuses: Record<string, number>) => Object.entries(statuses).sort().map(([s, n]) => `${s}×${n}`).join(' ') || 'none';

function figuresOf(result: Result, connections: number, seconds: number): LoadFigures {
  const statuses = statusCounts(result.statusCodeStats ?? {});
  const bad = Object.entries(statuses).filter(([status]) => Number(status) < 200 || Number(status) >= 400).reduce((sum, [, n]) => sum + n, 0);
  return {
    connections, seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    statuses, errors: result.errors, timeouts: result.timeouts,
    failed: bad + result.errors,
  };
}

/** GETs of `paths` (in turn on each connection) for `seconds` at `connections`. */
export async function load(origin: string, paths: string[], { connections, seconds, headers = ACCEPT }: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadFigures> {
  const requests: Request[] = paths.map((path) => ({ method: 'GET', path, headers }));
  const result = await autocannon({ url: origin, connections, duration: seconds, timeout: 10, requests });
  return figuresOf(result, connections, seconds);
}

/** Runs as one: requests and failures added up, the mean rate and median, the worst p99. */
export function combine(runs: LoadFigures[]): LoadFigures {
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, n] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const sum = (pick: (f: LoadFigures) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    connections: runs[0].connections,
    seconds: sum((f) => f.seconds),
    requests: sum((f) => f.requests),
    requestsPerSecond: sum((f) => f.requestsPerSecond) / runs.length,
    p50Ms: sum((f) => f.p50Ms) / runs.length,
    p99Ms: Math.max(...runs.map((f) => f.p99Ms)),
    maxMs: Math.max(...runs.map((f) => f.maxMs)),
    statuses,
    errors: sum((f) => f.errors),
    timeouts: sum((f) => f.timeouts),
    failed: sum((f) => f.failed),
  };
}

/**
 * A server and its baseline under the same load, in the order baseline, server, server, baseline (`seconds` each),
 * `rounds` times, so that a machine getting busier or quieter during the pair weighs on both alike. One round is
 * 10 s of each; on this 2-core virtual machine a few seconds of something else's CPU fell on one side's runs often
 * enough that the fastest row (/embed through the edge, about 17,000 requests/s) read 0.59-0.93x in one round.
 */
export async function pair(baseline: string, server: string, paths: string[], options: { connections: number; seconds: number }, rounds = 1) {
  const base: LoadFigures[] = [];
  const got: LoadFigures[] = [];
  for (let round = 0; round < rounds; round++) {
    base.push(await load(baseline, paths, options));
    got.push(await load(server, paths, options), await load(server, paths, options));
    base.push(await load(baseline, paths, options));
  }
  return { base: combine(base), got: combine(got) };
}

/** One GET as sent, the body as received (no decompression), on a connection of its own. */
export function rawGet(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    request.on('error', reject);
    request.end();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// A correction, published through one instance, on its way to readers through the edge

/** The addresses whose answers must show a new data version, and how each shows it. */
export const PROPAGATION_TARGETS = ['/', '/embed', '/api/buildup', '/present/2', '/api/export?format=svg&width=600&height=400'];

/** A session on an instance, as the desk signs in (its own Origin, as a browser sends it). */
export async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(EDITOR),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in at ${origin}: ${response.status} ${text.slice(0, 300)}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (cookies.length === 0) throw new Error(`sign-in at ${origin}: no session cookie`);
  return cookies.join('; ');
}

export interface Propagation {
  claim: string;
  dataVersion: number;
  version: string;
  /** How long the PUT took (the publish, committed and read back by the instance that made it). */
  putMs: number;
  /** For each address: ms from sending the PUT until the edge answered with the new version, or null (not within the limit). */
  reached: Record<string, number | null>;
  /** What each answer last showed (ETag or version), for a report of a miss. */
  lastSeen: Record<string, string>;
}

function shows(path: string, response: Response, body: string, dataVersion: number, version: string): boolean {
  const etag = response.headers.get('etag') ?? '';
  if (path === '/api/buildup') {
    const json = JSON.parse(body) as { version?: string; dataVersion?: number };
    return json.dataVersion === dataVersion || json.version === version;
  }
  return etag.startsWith(`"v${dataVersion}-`) || body.includes(version) || (path.startsWith('/api/export') && body.includes(`dataVersion="${dataVersion}"`));
}

const seen = (path: string, response: Response, body: string) => {
  if (path === '/api/buildup') {
    try {
      return `version ${(JSON.parse(body) as { version?: string }).version}`;
    } catch {
      return `status ${response.status}`;
    }
  }
  return `status ${response.status}, ETag ${response.headers.get('etag')}, X-Cache ${response.headers.get('x-cache')}`;
};

/**
 * Signs in at `writer` (an instance), corrects a published claim there (PUT /api/claims/{id} with If-Match and
 * change: correction), and polls every address through `edge` every 100 ms until each shows the new data version.
 */
export async function correctionPropagation(writer: string, edge: string, { claimId = 'danilov-80-90k', limitMs = 15_000 } = {}): Promise<Propagation> {
  // Readers are there first: the edge and both instances hold the old version of every address.
  for (let round = 0; round < 2; round++) {
    for (const path of PROPAGATION_TARGETS) await (await fetch(`${edge}${path}`, { headers: ACCEPT })).arrayBuffer();
  }
  const cookie = await signIn(writer);
  const current = await fetch(`${writer}/api/claims/${claimId}`, { headers: { cookie } });
  if (current.status !== 200) throw new Error(`GET /api/claims/${claimId}: ${current.status} ${(await current.text()).slice(0, 300)}`);
  const { latest } = (await current.json()) as { latest: { revision: number; body: Record<string, unknown> } };
  const claim = { ...latest.body, saidOnNote: `${String(latest.body.saidOnNote ?? '')} (Checked again: scale test.)`.trim() };
  const started = Date.now();
  const put = await fetch(`${writer}/api/claims/${claimId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', origin: writer, cookie, 'if-match': `"${latest.revision}"` },
    body: JSON.stringify({ claim, note: 'Scale test: a correction, to time its way to readers', publish: true, change: 'correction' }),
  });
  const putBody = await put.text();
  const putMs = Date.now() - started;
  if (put.status !== 200) throw new Error(`PUT /api/claims/${claimId}: ${put.status} ${putBody.slice(0, 400)}`);
  const dataVersion = (JSON.parse(putBody) as { dataVersion: number | null }).dataVersion;
  if (typeof dataVersion !== 'number') throw new Error(`PUT /api/claims/${claimId} published no data version: ${putBody.slice(0, 300)}`);
  const version = ((await (await fetch(`${writer}/api/buildup`)).json()) as { version: string }).version;
  if (!version.startsWith(`v${dataVersion}-`)) throw new Error(`the writer serves ${version} right after publishing data version ${dataVersion}`);

  const reached: Record<string, number | null> = {};
  const lastSeen: Record<string, string> = {};
  await Promise.all(PROPAGATION_TARGETS.map(async (path) => {
    reached[path] = null;
    while (Date.now() - started < limitMs) {
      try {
        const response = await fetch(`${edge}${path}`, { headers: ACCEPT, signal: AbortSignal.timeout(5000) });
        const body = await response.text();
        lastSeen[path] = seen(path, response, body);
        if (response.status === 200 && shows(path, response, body, dataVersion, version)) {
          reached[path] = Date.now() - started;
          return;
        }
      } catch (error) {
        lastSeen[path] = (error as Error).message;
      }
      await pause(100);
    }
  }));
  return { claim: claimId, dataVersion, version, putMs, reached, lastSeen };
}

// ---------------------------------------------------------------------------------------------------------------
// An instance killed under load

export interface Failover extends LoadFigures {
  killedAtSeconds: number;
  /** X-Cache of the answers: how many the edge took from an instance (MISS, EXPIRED, BYPASS) and how many it kept. */
  cache: Record<string, number>;
  /** A smaller stream at the same time on an address the edge never keeps, so every request of it meets an instance. */
  live: LoadFigures & { path: string };
}

/**
 * `paths` in turn through the edge for `seconds` at 50 connections, and `livePath` (never cached) at 4 connections
 * beside them; `kill` runs a third of the way in.
 */
export async function failover(edge: string, paths: string[], livePath: string, seconds: number, kill: () => Promise<void>): Promise<Failover> {
  const cache: Record<string, number> = {};
  const onResponse = (_status: number, _body: string, _context: unknown, headers: Record<string, string | string[]>) => {
    const name = Object.keys(headers).find((key) => key.toLowerCase() === 'x-cache');
    const value = name ? String(headers[name]) : 'none';
    cache[value] = (cache[value] ?? 0) + 1;
  };
  const requests: Request[] = paths.map((path) => ({ method: 'GET', path, headers: ACCEPT, onResponse }));
  const started = Date.now();
  let killedAt = NaN;
  const timer = setTimeout(() => {
    killedAt = (Date.now() - started) / 1000;
    void kill();
  }, (seconds * 1000) / 3);
  try {
    const [main, live] = await Promise.all([
      autocannon({ url: edge, connections: 50, duration: seconds, timeout: 10, requests }),
      autocannon({ url: edge, connections: 4, duration: seconds, timeout: 10, requests: [{ method: 'GET', path: livePath, headers: ACCEPT }] }),
    ]);
    return { ...figuresOf(main, 50, seconds), killedAtSeconds: killedAt, cache, live: { ...figuresOf(live, 4, seconds), path: livePath } };
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Memory under concurrent exports

export interface ExportMemory extends LoadFigures {
  peakRssMb: number;
  startRssMb: number;
  samples: number;
  /** Answers by kind (PNG 1920×1080, PNG 3840×2160, JPEG 1920×1080) that were 200s. */
  rendered: Record<string, number>;
}

const EXPORT_KINDS = [
  { name: 'PNG 1920×1080', query: 'format=png&width=1920&height=1080' },
  { name: 'PNG 3840×2160', query: 'format=png&width=3840&height=2160' },
  { name: 'JPEG 1920×1080', query: 'format=jpeg&width=1920&height=1080' },
];

/**
 * 20 connections asking `origin` (an instance) for exports for `seconds`, PNG 1920×1080, 4K PNG and JPEG in turn, each
 * view a little different so none is answered from a cache; the instance's RSS (`pid`) sampled every 100 ms.
 */
export async function exportMemory(origin: string, pid: number, seconds: number): Promise<ExportMemory> {
  let n = 0;
  const rendered: Record<string, number> = {};
  const next = () => {
    n++;
    const kind = EXPORT_KINDS[n % EXPORT_KINDS.length];
    // The parser rounds zoom to 0.01 and lat to 0.0001: steps of those make every request different.
    return { kind: kind.name, path: `/api/export?${kind.query}&lng=31.5&zoom=${(4.5 + (n % 100) / 100).toFixed(2)}&lat=${(49 + n / 10_000).toFixed(4)}` };
  };
  const request: Request = {
    method: 'GET',
    path: next().path,
    setupRequest: (req, context) => {
      const { kind, path } = next();
      context.kind = kind;
      return { ...req, path };
    },
    onResponse: (status, _body, context) => {
      if (status === 200) rendered[String(context.kind)] = (rendered[String(context.kind)] ?? 0) + 1;
    },
  };
  const rss = sampleRss(pid, 100);
  const result = await autocannon({ url: origin, connections: 20, duration: seconds, timeout: 30, requests: [request] });
  const { peakMb, startMb, samples } = rss.stop();
  return { ...figuresOf(result, 20, seconds), peakRssMb: peakMb, startRssMb: startMb, samples, rendered };
}
