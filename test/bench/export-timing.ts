/**
 * Export render times, in this process, through the same function GET /api/export calls (geo/render's
 * renderExport) with parameters parsed as the API parses them. The first render of each size warms up (the
 * prepared geometry is cached per claims version, as in a running server) and is reported apart.
 */
import { performance } from 'node:perf_hooks';
import { loadBuildup } from '../../geo/load-buildup';
import { loadGeo } from '../../geo/load-geo';
import { renderExport } from '../../geo/render/export';
import { parseExportParams } from '../../geo/render/params';
import { median } from './stats';

export interface ExportCase { id: string; label: string; query: string; targetMs: number }

export const EXPORT_CASES: ExportCase[] = [
  { id: 'svg-1920', label: 'Export SVG 1920×1080', query: 'format=svg&width=1920&height=1080', targetMs: 50 },
  { id: 'png-1920', label: 'Export PNG 1920×1080', query: 'format=png&width=1920&height=1080', targetMs: 400 },
  { id: 'png-3840', label: 'Export PNG 3840×2160', query: 'format=png&width=3840&height=2160', targetMs: 1500 },
];

export interface ExportFigures { id: string; label: string; targetMs: number; medianMs: number | null; firstMs: number | null; bytes: number | null; runsMs: number[]; error?: string }

export async function measureExports(runs: number, log: (line: string) => void): Promise<ExportFigures[]> {
  const out: ExportFigures[] = [];
  for (const c of EXPORT_CASES) {
    try {
      const parsed = parseExportParams(new URLSearchParams(c.query));
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const context = () => ({ buildup: loadBuildup(), geo: loadGeo(), baseUrl: 'http://127.0.0.1' });
      const time = async () => {
        const start = performance.now();
        const { bytes: body } = await renderExport(parsed.params, context());
        return { ms: performance.now() - start, bytes: body.length };
      };
      const first = await time();
      const runsMs: number[] = [];
      for (let i = 0; i < runs; i++) runsMs.push((await time()).ms);
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
