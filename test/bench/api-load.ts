/** GET /api/buildup under load: autocannon on 127.0.0.1, 50 connections for 10 s, against the app server (server.mjs). */
import autocannon from 'autocannon';

export interface ApiFigures {
  url: string;
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function measureApi(url: string, seconds: number, log: (line: string) => void): Promise<ApiFigures> {
  const connections = 50;
  const result = await autocannon({ url, connections, duration: seconds, method: 'GET' });
  const figures = {
    url,
    seconds,
    connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  log(`  ${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, non-2xx ${figures.non2xx}, errors ${figures.errors}`);
  return figures;
}
