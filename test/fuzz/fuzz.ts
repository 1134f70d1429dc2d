/**
 * HTTP fuzzer: thousands of generated requests at every route of a running server, failing on any 5xx
 * (a 503 with Retry-After is the export's documented back-pressure, not a failure) or network error.
 *
 *   npx tsx test/fuzz/fuzz.ts --base http://127.0.0.1:3000 [--requests 2000] [--seed N] [--concurrency 8]
 *                             [--time-limit 300] [--replay INDEX]
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { type FuzzRequest, headSize, makeRequest } from './requests';

export interface FuzzOptions {
  base: string;
  requests?: number;
  seed?: number;
  concurrency?: number;
  /** Whole run, in seconds: stop sending after it (and fail, since the run is then incomplete). */
  timeLimitSeconds?: number;
  /** One request, in seconds. */
  requestTimeoutSeconds?: number;
  log?: (line: string) => void;
}

interface Outcome {
  status?: number;
  retryAfter?: string;
  bodySnippet?: string;
  error?: string;
  ms: number;
}

export interface FuzzFailure { request: FuzzRequest; outcome: Outcome; why: string }
/** Failures of one kind (same verdict, method and route family): how many, and the first example. */
export interface FailureKind { kind: string; count: number; example: FuzzFailure }

export interface FuzzResult {
  base: string;
  seed: number;
  requested: number;
  sent: number;
  durationSeconds: number;
  statusCounts: Record<string, number>;
  byTarget: Record<string, Record<string, number>>;
  failures: FailureKind[];
  failureCount: number;
  health: { path: string; status: number | string }[];
  ok: boolean;
}

/** Node's default limit on a request head; past it the server answers 431 or just closes the connection. */
const NODE_MAX_HEADER = 16 * 1024;

function send(base: URL, req: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: Omit<Outcome, 'ms'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...outcome, ms: Math.round(performance.now() - started) });
    };
    let request: http.ClientRequest;
    try {
      // A fresh connection each time: a reset on one request never shows up as an error of the next.
      request = http.request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers: req.headers, agent: false }, (res) => {
        let snippet = '';
        res.on('data', (chunk: Buffer) => {
          if (snippet.length < 400) snippet += chunk.toString('utf8', 0, 400);
        });
        res.on('end', () => finish({ status: res.statusCode, retryAfter: res.headers['retry-after'], bodySnippet: snippet.slice(0, 400) }));
        res.on('error', (error: NodeJS.ErrnoException) => finish({ status: res.statusCode, error: error.code ?? error.message }));
      });
    } catch (error) {
      finish({ error: `client refused to send: ${(error as Error).message}` });
      return;
    }
    const timer = setTimeout(() => {
      request.destroy();
      finish({ error: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ error: error.code ?? error.message }));
    request.end(req.body);
  });
}

/** Why this outcome is a failure, or null when it is an acceptable answer to junk. */
function judge(req: FuzzRequest, outcome: Outcome): string | null {
  if (outcome.error?.startsWith('client refused')) return null; // the generator's problem, counted apart
  if (outcome.error) {
    const oversize = headSize(req) > NODE_MAX_HEADER - 512;
    if (oversize && /ECONNRESET|EPIPE|socket hang up/.test(outcome.error)) return null;
    return `network error: ${outcome.error}`;
  }
  const status = outcome.status!;
  if (status === 503) return outcome.retryAfter ? null : '503 without Retry-After';
  if (status >= 500) return `${status}`;
  return null;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

export function describeFailure({ request, outcome, why }: FuzzFailure, seed: number): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `\n      ${k}: ${clip(v, 120)}`).join('');
  const body = request.body ? `\n    body: ${request.body.length} bytes: ${JSON.stringify(clip(request.body.toString('utf8'), 120))}` : '';
  return [
    `  #${request.index} ${why} (${outcome.ms} ms) — replay: npx tsx test/fuzz/fuzz.ts --base <url> --seed ${seed} --replay ${request.index}`,
    `    ${request.method} ${clip(request.path, 300)}${headers}${body}`,
    `    → ${outcome.status ?? '-'}${outcome.retryAfter ? ` Retry-After: ${outcome.retryAfter}` : ''} ${clip(outcome.bodySnippet ?? outcome.error ?? '', 300)}`,
  ].join('\n');
}

async function health(base: URL, timeoutMs: number): Promise<FuzzResult['health']> {
  const checks: FuzzResult['health'] = [];
  for (const path of ['/api/buildup', '/']) {
    const outcome = await send(base, { index: -1, target: path, method: 'GET', path, headers: {} }, timeoutMs);
    checks.push({ path, status: outcome.status ?? outcome.error ?? 'none' });
  }
  return checks;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { requests = 2000, seed = Date.now() % 2 ** 31, concurrency = 8, timeLimitSeconds = 300, requestTimeoutSeconds = 30 } = options;
  const log = options.log ?? console.log;
  const base = new URL(options.base);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error(`fuzz only a local server, not ${base.hostname}`);
  log(`fuzz: ${requests} requests to ${base.origin}, seed ${seed}, concurrency ${concurrency}, time limit ${timeLimitSeconds} s`);

  const started = performance.now();
  const deadline = started + timeLimitSeconds * 1000;
  const statusCounts: Record<string, number> = {};
  const byTarget: Record<string, Record<string, number>> = {};
  const failures = new Map<string, FailureKind>();
  let failureCount = 0;
  let next = 0;
  let sent = 0;

  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      const request = makeRequest(seed, next++);
      const outcome = await send(base, request, requestTimeoutSeconds * 1000);
      sent++;
      const key = outcome.error?.startsWith('client refused') ? 'not sent' : String(outcome.status ?? 'network error');
      statusCounts[key] = (statusCounts[key] ?? 0) + 1;
      (byTarget[request.target] ??= {})[key] = (byTarget[request.target][key] ?? 0) + 1;
      const why = judge(request, outcome);
      if (why) {
        failureCount++;
        const kind = `${why} on ${request.method} ${request.target}`;
        const seen = failures.get(kind);
        if (seen) seen.count++;
        else failures.set(kind, { kind, count: 1, example: { request, outcome, why } });
      }
      if (sent % 500 === 0) log(`  … ${sent} sent, ${failureCount} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const durationSeconds = (performance.now() - started) / 1000;
  const checks = await health(base, requestTimeoutSeconds * 1000);
  const healthy = checks.every((c) => c.status === 200);
  const complete = sent >= requests;
  return {
    base: base.origin, seed, requested: requests, sent, durationSeconds, statusCounts, byTarget, failures: [...failures.values()], failureCount, health: checks,
    ok: failureCount === 0 && healthy && complete && !statusCounts['not sent'],
  };
}

export function printFuzzResult(result: FuzzResult, log: (line: string) => void = console.log) {
  log(`fuzz: ${result.sent} of ${result.requested} requests in ${result.durationSeconds.toFixed(1)} s (${(result.sent / result.durationSeconds).toFixed(0)} req/s), seed ${result.seed}`);
  log(`  status counts: ${Object.entries(result.statusCounts).sort().map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  for (const [target, counts] of Object.entries(result.byTarget).sort()) {
    log(`    ${target.padEnd(18)} ${Object.entries(counts).sort().map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  }
  log(`  after the run: ${result.health.map((h) => `${h.path} → ${h.status}`).join(', ')}`);
  if (result.sent < result.requested) log(`  FAILED: the time limit stopped the run after ${result.sent} requests`);
  if (result.statusCounts['not sent']) log(`  FAILED: ${result.statusCounts['not sent']} generated requests could not be sent (a generator bug)`);
  if (result.failureCount > 0) {
    log(`  FAILED: ${result.failureCount} requests got a 5xx or a network error, of ${result.failures.length} kinds; an example of each:`);
    result.failures.slice(0, 12).forEach((f) => log(`  [${f.count}× ${f.kind}]\n${describeFailure(f.example, result.seed)}`));
  }
  log(result.ok ? '  fuzz: OK' : '  fuzz: FAILED');
}

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const base = argument(args, 'base');
  if (!base) {
    console.error('usage: npx tsx test/fuzz/fuzz.ts --base http://127.0.0.1:PORT [--requests 2000] [--seed N] [--concurrency 8] [--time-limit 300] [--replay INDEX]');
    process.exit(2);
  }
  const num = (name: string) => (argument(args, name) === undefined ? undefined : Number(argument(args, name)));
  const replay = num('replay');
  if (replay !== undefined) {
    const seed = num('seed');
    if (seed === undefined) throw new Error('--replay needs the --seed of the run');
    const request = makeRequest(seed, replay);
    const outcome = await send(new URL(base), request, 30_000);
    const why = judge(request, outcome);
    console.log(describeFailure({ request, outcome, why: why ?? 'OK' }, seed));
    process.exit(why ? 1 : 0);
  }
  const result = await runFuzz({ base, requests: num('requests'), seed: num('seed'), concurrency: num('concurrency'), timeLimitSeconds: num('time-limit') });
  printFuzzResult(result);
  process.exit(result.ok ? 0 : 1);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
