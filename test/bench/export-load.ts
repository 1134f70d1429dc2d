/**
 * What exports cost everyone else, against the app server (server.mjs):
 * - GET /api/buildup's latency while 40-megapixel JPEGs render one after another, beside the same probe with no
 *   export running (the baseline, measured in the same run). The probe sends requests at a fixed rate, so a
 *   blocked event loop shows as the latency of every request that should have gone out meanwhile (autocannon
 *   corrects for coordinated omission).
 * - The server's peak resident memory while 20 exports of mixed sizes arrive at once: the kernel's high-water
 *   mark (VmHWM, reset first through /proc/PID/clear_refs), or the highest VmRSS sampled when it cannot be reset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** The largest export the API accepts: 8000 × 5000 = 40 megapixels. */
export const BIG_JPEG = 'format=jpeg&width=8000&height=5000';

/** 20 exports at once, the big ones first so they are surely among those admitted. */
export const BURST: string[] = [
  BIG_JPEG,
  'format=png&width=3840&height=2160',
  'format=jpeg&width=3840&height=2600&scale=2&theme=dark',
  'format=png&width=3840&height=2160&theme=dark',
  'format=jpeg&width=3840&height=2160',
  'format=png&width=3508&height=2480',
  ...Array.from({ length: 4 }, (_, i) => `format=png&width=1920&height=1080&title=Burst+${i}`),
  ...Array.from({ length: 4 }, (_, i) => `format=jpeg&width=1200&height=675&title=Burst+${i}`),
  ...Array.from({ length: 4 }, (_, i) => `format=png&width=1080&height=1350&theme=dark&title=Burst+${i}`),
  ...Array.from({ length: 2 }, (_, i) => `format=svg&width=1920&height=1080&title=Burst+${i}`),
];

const PROBE = { connections: 10, overallRate: 200, seconds: 10 };

export interface ProbeFigures { p50Ms: number; p99Ms: number; maxMs: number; requests: number; non2xx: number; errors: number }

export interface ExportLoadFigures {
  /** /api/buildup with no export running. */
  idle: ProbeFigures | null;
  /** /api/buildup while 40 MP JPEGs render back to back. */
  duringJpeg: ProbeFigures | null;
  /** JPEGs that finished within the probe, and their statuses. */
  jpegs: number[];
  /** Resident memory before the burst and its peak during it, bytes. */
  rssBefore: number | null;
  rssPeak: number | null;
  /** 'VmHWM' when the kernel's high-water mark was reset and read, 'sampled' otherwise. */
  peakMethod: 'VmHWM' | 'sampled' | null;
  /** Status → count over the burst's 20 answers. */
  burst: Record<string, number>;
  error?: string;
}

async function probe(url: string): Promise<ProbeFigures> {
  const result = await autocannon({ url, connections: PROBE.connections, overallRate: PROBE.overallRate, duration: PROBE.seconds, method: 'GET' });
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, maxMs: result.latency.max, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors };
}

async function fetchStatus(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

const statusLine = (file: string, key: string): number | null => {
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith(`${key}:`));
  return line ? Number(line.split(/\s+/)[1]) * 1024 : null;
};
const rssOf = (pid: number) => statusLine(`/proc/${pid}/status`, 'VmRSS');

/** Resets the process's peak RSS (writing 5 to clear_refs, Linux ≥ 4.0); false when not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export async function measureExportLoad(origin: string, pid: number, log: (line: string) => void): Promise<ExportLoadFigures> {
  const out: ExportLoadFigures = { idle: null, duringJpeg: null, jpegs: [], rssBefore: null, rssPeak: null, peakMethod: null, burst: {} };
  try {
    // Warm-up: the first export prepares the geometry for the data version, as a running server has; and server.mjs
    // warms itself up for its first second or two (pages, small exports), which is not what is measured here.
    await fetchStatus(`${origin}/api/export?format=png&width=400&height=300`);
    await new Promise((r) => setTimeout(r, 3000));

    out.idle = await probe(`${origin}/api/buildup`);
    log(`  /api/buildup, no export: p50 ${out.idle.p50Ms} ms, p99 ${out.idle.p99Ms} ms, max ${out.idle.maxMs} ms (${out.idle.requests} requests)`);

    let probing = true;
    const renders = (async () => {
      while (probing) out.jpegs.push(await fetchStatus(`${origin}/api/export?${BIG_JPEG}`));
    })();
    out.duringJpeg = await probe(`${origin}/api/buildup`);
    probing = false;
    await renders;
    log(`  /api/buildup while 40 MP JPEGs render: p50 ${out.duringJpeg.p50Ms} ms, p99 ${out.duringJpeg.p99Ms} ms, max ${out.duringJpeg.maxMs} ms; JPEG answers ${out.jpegs.join(', ')}`);

    // Let the server settle (and its allocator give back what the renders used) before the burst.
    await new Promise((r) => setTimeout(r, 3000));
    out.rssBefore = rssOf(pid);
    const hwm = resetPeak(pid);
    let sampled = out.rssBefore ?? 0;
    const sampler = setInterval(() => (sampled = Math.max(sampled, rssOf(pid) ?? 0)), 20);
    const statuses = await Promise.all(BURST.map((query) => fetchStatus(`${origin}/api/export?${query}`)));
    clearInterval(sampler);
    const peak = hwm ? statusLine(`/proc/${pid}/status`, 'VmHWM') : null;
    out.rssPeak = peak ?? sampled;
    out.peakMethod = peak !== null ? 'VmHWM' : 'sampled';
    for (const s of statuses) out.burst[String(s)] = (out.burst[String(s)] ?? 0) + 1;
    const mb = (n: number | null) => (n === null ? 'n/a' : `${Math.round(n / 1048576)} MB`);
    log(`  20 concurrent exports: RSS ${mb(out.rssBefore)} before, peak ${mb(out.rssPeak)} (${out.peakMethod}); answers ${JSON.stringify(out.burst)}`);
  } catch (error) {
    out.error = (error as Error).message.split('\n')[0];
    log(`  export load failed: ${out.error}`);
  }
  return out;
}
