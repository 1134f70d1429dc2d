/**
 * The load scenarios, with autocannon on 127.0.0.1: the two hot GETs at 100 connections, and the export
 * at 20, where the server is allowed to shed load with 503 + Retry-After but nothing else.
 */
import autocannon, { type Request } from 'autocannon';
import { type Server, isErrorLine, sampleRss } from './server';
import type { LoadSummary } from '../support/load-summary';

export interface ScenarioResult extends LoadSummary {
  name: string;
  /** Latency of the 200s alone (the export's 503s come back fast and would flatter the figures). */
  ok200: { count: number; p50Ms: number; p99Ms: number } | null;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  peakGroupRssMb: number;
  peakServerRssMb: number;
  serverErrorLines: string[];
  problems: string[];
  ok: boolean;
}

export interface LoadOptions { seconds: number }

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

const hasRetryAfter = (headers: Record<string, string | string[]>) => Object.keys(headers).some((k) => k.toLowerCase() === 'retry-after');

async function measure(server: Server, name: string, connections: number, seconds: number, requests: Request[], allowed: (status: number) => boolean) {
  const firstLine = server.lines().length;
  const rss = sampleRss(server.pid);
  const times200: number[] = [];
  let missingRetryAfter = 0;
  const withChecks = requests.map((request) => ({
    ...request,
    onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string | string[]>) => {
      if (status === 503 && !hasRetryAfter(headers)) missingRetryAfter++;
    },
  }));
  const instance = autocannon({ url: server.origin, connections, duration: seconds, timeout: 30, requests: withChecks });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status === 200) times200.push(ms);
  });
  const result = await instance;
  const { peakGroupMb, peakServerMb } = rss.stop();

  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([s, { count }]) => [s, count]));
  const problems: string[] = [];
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  const disallowed = Object.entries(statusCounts).filter(([s]) => !allowed(Number(s)));
  if (disallowed.length) problems.push(`disallowed statuses: ${disallowed.map(([s, n]) => `${s}×${n}`).join(', ')}`);
  if (missingRetryAfter > 0) problems.push(`${missingRetryAfter} × 503 without Retry-After`);
  if (result.requests.total === 0) problems.push('no request was answered');
  const serverErrorLines = server.lines(firstLine).filter(isErrorLine);
  times200.sort((a, b) => a - b);
  return {
    name, connections, seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok200: { count: times200.length, p50Ms: percentile(times200, 50), p99Ms: percentile(times200, 99) },
    statusCounts, errors: result.errors, timeouts: result.timeouts,
    peakGroupRssMb: peakGroupMb, peakServerRssMb: peakServerMb,
    serverErrorLines, problems, ok: problems.length === 0,
  } satisfies ScenarioResult;
}

/** A plain GET at 100 connections: every answer must be a 2xx. */
export function loadGet(server: Server, path: string, { seconds }: LoadOptions): Promise<ScenarioResult> {
  return measure(server, `GET ${path}`, 100, seconds, [{ method: 'GET', path }], (s) => s >= 200 && s < 300);
}

/** 1200 × 675 PNGs at 20 connections, each view slightly different so that no two requests are the same. */
export function loadExport(server: Server, { seconds }: LoadOptions): Promise<ScenarioResult> {
  let n = 0;
  const pathFor = () => {
    n++;
    // The parser rounds zoom to 0.01 and lat to 0.0001: steps of those keep every request distinct.
    return `/api/export?width=1200&height=675&format=png&lng=31.5&zoom=${(4.5 + (n % 100) / 100).toFixed(2)}&lat=${(49 + n / 10_000).toFixed(4)}`;
  };
  const request: Request = { method: 'GET', path: pathFor(), setupRequest: (req) => ({ ...req, path: pathFor() }) };
  return measure(server, 'GET /api/export (1200×675 PNG)', 20, seconds, [request], (s) => s === 200 || s === 503);
}
