/**
 * Export render times as a journalist gets them: `GET /api/export` on the built app server (server.mjs), from the
 * request until the last byte of the answer. The server draws in its raster threads (the worker Next bundles), so
 * these figures include the hop to a thread and the HTTP answer. The first request of each size warms up (a thread
 * started, the prepared geometry cached per claims version, as in a running server) and is reported apart. No
 * `If-None-Match` is sent, so every request is drawn anew rather than answered 304.
 */
import { performance } from 'node:perf_hooks';
import { median } from './stats';

export interface ExportCase { id: string; label: string; query: string; targetMs: number }

export const EXPORT_CASES: ExportCase[] = [
  { id: 'svg-1920', label: 'Export SVG 1920×1080', query: 'format=svg&width=1920&height=1080', targetMs: 50 },
  { id: 'png-1920', label: 'Export PNG 1920×1080', query: 'format=png&width=1920&height=1080', targetMs: 400 },
  { id: 'png-3840', label: 'Export PNG 3840×2160', query: 'format=png&width=3840&height=2160', targetMs: 1500 },
];

export interface ExportFigures { id: string; label: string; targetMs: number; medianMs: number | null; firstMs: number | null; bytes: number | null; runsMs: number[]; error?: string }

/** One export, timed to its last byte; anything but a 200 with a body is an error naming the answer. */
async function timeExport(url: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(60_000) });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - start;
  if (response.status !== 200 || body.length === 0) {
    throw new Error(`GET ${new URL(url).pathname}${new URL(url).search} answered ${response.status} with ${body.length} bytes: ${new TextDecoder().decode(body.subarray(0, 200))}`);
  }
  return { ms, bytes: body.length };
}

export async function measureExports(origin: string, runs: number, log: (line: string) => void): Promise<ExportFigures[]> {
  const out: ExportFigures[] = [];
  for (const c of EXPORT_CASES) {
    try {
      const url = `${origin}/api/export?${c.query}`;
      const first = await timeExport(url);
      const runsMs: number[] = [];
      for (let i = 0; i < runs; i++) runsMs.push((await timeExport(url)).ms);
      const medianMs = median(runsMs);
      log(`  ${c.label}: median ${medianMs?.toFixed(0)} ms (first ${first.ms.toFixed(0)} ms, ${(first.bytes / 1024).toFixed(0)} KB)`);
      out.push({ id: c.id, label: c.label, targetMs: c.targetMs, medianMs, firstMs: first.ms, bytes: first.bytes, runsMs });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0];
      log(`  ${c.label}: failed: ${message}`);
      out.push({ id: c.id, label: c.label, targetMs: c.targetMs, medianMs: null, firstMs: null, bytes: null, runsMs: [], error: message });
    }
  }
  return out;
}
