/**
 * Figures → the printed table and the target checks. Page targets apply to every app route measured (the
 * result names the routes that miss); Lighthouse targets to the app's `/`; export and API targets to themselves.
 */
import type { ApiFigures } from './api-load';
import type { StepFigures } from './date-step';
import type { ExportLoadFigures } from './export-load';
import type { ExportFigures } from './export-timing';
import type { Category, LighthouseFigures, Preset } from './lighthouse';
import type { PageFigures } from './page-metrics';
import { kb, ms, type Sizes } from './stats';
import { type Row, renderTable } from './table';
import { INITIAL_JS_GZIP, KB } from './budgets';

export { KB };
export const MB = 1024 * KB;
export const TARGETS = {
  /** Issue 15: the static HTML and the SVG sent once. */
  lighthousePerformance: { mobile: 97, desktop: 98 },
  /** Lighthouse mobile's LCP (its simulated slow 4G and 4× slower CPU). */
  lighthouseMobileLcpMs: 2000,
  lighthouseOther: 100,
  cls: 0,
  initialJsGzip: INITIAL_JS_GZIP,
  geoGzip: 70 * KB,
  idleVsBaseline: 1.1,
  apiRequestsPerSecond: 2000,
  apiP99Ms: 50,
  /** GET /api/buildup while a 40-megapixel JPEG export renders (issue 14). */
  apiP99DuringExportMs: 50,
  /** The server's peak resident memory while 20 exports of mixed sizes arrive at once (issue 14). */
  exportBurstRss: 600 * MB,
  /** Main-thread work per step of the date (issue 13). */
  dateStepMs: 16,
  offOriginRequests: 0,
  /** The HTML document, gzip, per app route (the first-paint SVG sent once, on whole pixels). */
  htmlGzip: { 'app /': 18 * KB, '/embed': 16 * KB } as Record<string, number>,
} as const;

export interface BenchFigures {
  /** The app's routes first, the baseline last. */
  pages: PageFigures[];
  /** Absent with --quick. */
  lighthouse: { app: Record<Preset, LighthouseFigures>; baseline: Record<Preset, LighthouseFigures> } | null;
  exports: ExportFigures[];
  api: ApiFigures | null;
  /** The app's `/` first, the baseline last. */
  dateSteps: StepFigures[];
  exportLoad: ExportLoadFigures | null;
}

export interface Check { figure: string; target: string; pass: boolean; detail: string }

const PASS = 'PASS';

export function buildReport(f: BenchFigures, runs: { page: number; lighthouse: number; export: number }): { table: string; checks: Check[] } {
  const app = f.pages.slice(0, -1);
  const baseline = f.pages[f.pages.length - 1];
  const rows: Row[] = [];
  const checks: Check[] = [];
  const blank = f.pages.map(() => '');

  const cell = (p: PageFigures, value: (p: PageFigures) => string) => (p.status === 'ok' ? value(p) : p.status);
  const record = (figure: string, target: string, misses: string[] | null, detail = ''): string => {
    if (misses === null) return '';
    const pass = misses.length === 0;
    checks.push({ figure, target, pass, detail: pass ? detail : misses.join(', ') });
    return pass ? PASS : `MISS${misses.length && misses[0] ? ` (${misses.join(', ')})` : ''}`;
  };
  /** A target on the app's routes: the result names the routes that miss it, or that could not be measured. */
  const appTarget = (figure: string, target: string, ok: (p: PageFigures) => boolean | null) => {
    const measured = app.filter((p) => p.status !== 'n/a');
    if (measured.length === 0) return '';
    const misses = measured.filter((p) => p.status !== 'ok' || ok(p) !== true).map((p) => p.label);
    return record(figure, target, misses);
  };
  /** `check`: the target's name in the summary, its condition, and whether the baseline must meet it too. */
  const pageRow = (figure: string, value: (p: PageFigures) => string, target?: string, check?: { name: string; ok: (p: PageFigures) => boolean | null; everyColumn?: boolean }) => {
    let result = '';
    if (target && check) {
      if (check.everyColumn) {
        const misses = f.pages.filter((p) => p.status !== 'n/a' && (p.status !== 'ok' || check.ok(p) !== true)).map((p) => p.label);
        result = record(check.name, target, misses);
      } else result = appTarget(check.name, target, check.ok);
    }
    rows.push({ figure, cells: f.pages.map((p) => cell(p, value)), target, result });
  };
  const size = (pick: (p: PageFigures) => Sizes | null, kind: keyof Sizes) => (p: PageFigures) => kb(pick(p)?.[kind]);

  rows.push({ figure: `Page weight (Chromium, cold cache, median of ${runs.page}; KB = 1024 bytes)`, cells: [] });
  pageRow('JS in initial HTML, gzip', size((p) => p.jsFirstPaint, 'gzip'));
  pageRow('JS in initial HTML, brotli', size((p) => p.jsFirstPaint, 'brotli'));
  pageRow('  without the map engine, gzip', size((p) => p.jsFirstPaintNoEngine, 'gzip'), `≤ ${kb(TARGETS.initialJsGzip)}`, {
    name: 'JS in initial HTML without the map engine (gzip)',
    ok: (p) => (p.jsFirstPaintNoEngine ? p.jsFirstPaintNoEngine.gzip <= TARGETS.initialJsGzip : null),
  });
  pageRow('JS until map idle, gzip', size((p) => p.jsInteractive, 'gzip'));
  pageRow('JS until map idle, brotli', size((p) => p.jsInteractive, 'brotli'));
  pageRow('Geo data, gzip', (p) => `${kb(p.geo?.gzip)} (${p.geoFiles} files)`, `≤ ${kb(TARGETS.geoGzip)}`, {
    name: 'geo data (gzip)',
    ok: (p) => (p.geo ? p.geo.gzip <= TARGETS.geoGzip : null),
  });
  pageRow('HTML document, gzip', size((p) => p.html, 'gzip'), `/ ≤ ${kb(TARGETS.htmlGzip['app /'])}, /embed ≤ ${kb(TARGETS.htmlGzip['/embed'])}`, {
    name: 'HTML document gzip',
    ok: (p) => (TARGETS.htmlGzip[p.label] === undefined ? true : p.html ? p.html.gzip <= TARGETS.htmlGzip[p.label] : null),
  });
  pageRow('Requests off origin', (p) => String(p.offOrigin.length), String(TARGETS.offOriginRequests), {
    name: 'requests off origin',
    ok: (p) => p.offOrigin.length === TARGETS.offOriginRequests,
    everyColumn: true,
  });

  rows.push({ figure: `Timings (median of ${runs.page}, ms after navigation start, 1280×800)`, cells: [] });
  pageRow('→ HTML first byte', (p) => ms(p.ttfbMs));
  pageRow('→ HTML last byte', (p) => ms(p.htmlLoadedMs));
  pageRow('→ first contentful paint', (p) => ms(p.fcpMs));
  pageRow('→ SVG map painted', (p) => ms(p.svgPaintedMs));
  pageRow('→ map engine script requested', (p) => ms(p.engineRequestedMs));
  pageRow('→ map engine script loaded', (p) => ms(p.engineLoadedMs));
  const idleLimit = baseline.status === 'ok' && baseline.idleMs !== null ? baseline.idleMs * TARGETS.idleVsBaseline : null;
  pageRow('→ MapLibre idle', (p) => ms(p.idleMs), `≤ ${TARGETS.idleVsBaseline} × baseline${idleLimit ? ` (${Math.round(idleLimit)} ms)` : ''}`, {
    name: 'MapLibre idle vs baseline',
    ok: (p) => (idleLimit === null || p.idleMs === null ? null : p.idleMs <= idleLimit),
  });
  pageRow('→ live canvas shown', (p) => ms(p.canvasShownMs));
  pageRow('Layout shift until idle (sum)', (p) => (p.layoutShift === null ? 'n/a' : p.layoutShift.toFixed(3)));

  if (f.lighthouse) {
    const { app: lhApp, baseline: lhBase } = f.lighthouse;
    const lhCells = (value: (l: LighthouseFigures) => string, preset: Preset) =>
      f.pages.map((p, i) => (i === 0 ? value(lhApp[preset]) : i === f.pages.length - 1 ? value(lhBase[preset]) : '—'));
    const lhResult = (figure: string, target: string, l: LighthouseFigures, ok: (l: LighthouseFigures) => boolean) =>
      record(figure, target, l.runs === 0 ? [`app /: ${l.error ?? 'no run'}`] : ok(l) ? [] : ['app /']);
    for (const preset of ['mobile', 'desktop'] as const) {
      const l = lhApp[preset];
      rows.push({ figure: `Lighthouse 12 ${preset} (median of ${runs.lighthouse})`, cells: [] });
      const score = (c: Category, name: string, min: number) => {
        const figure = `Lighthouse ${preset} ${name}`;
        rows.push({
          figure: `${name} score`,
          cells: lhCells((x) => (x.scores[c] === null ? 'n/a' : String(x.scores[c])), preset),
          target: min === 100 ? '100' : `≥ ${min}`,
          result: lhResult(figure, min === 100 ? '100' : `≥ ${min}`, l, (x) => (x.scores[c] ?? -1) >= min),
        });
      };
      score('performance', 'performance', TARGETS.lighthousePerformance[preset]);
      score('accessibility', 'accessibility', TARGETS.lighthouseOther);
      score('best-practices', 'best practices', TARGETS.lighthouseOther);
      score('seo', 'SEO', TARGETS.lighthouseOther);
      if (preset === 'mobile') {
        const target = `≤ ${TARGETS.lighthouseMobileLcpMs} ms`;
        rows.push({
          figure: 'LCP', cells: lhCells((x) => ms(x.lcpMs), preset), target,
          result: lhResult('Lighthouse mobile LCP', target, l, (x) => x.lcpMs !== null && x.lcpMs <= TARGETS.lighthouseMobileLcpMs),
        });
      } else rows.push({ figure: 'LCP', cells: lhCells((x) => ms(x.lcpMs), preset) });
      rows.push({ figure: 'TBT', cells: lhCells((x) => ms(x.tbtMs), preset) });
      // Where the simulation starts: a first paint held back in Lighthouse's own load puts every request and task
      // before it into the simulated LCP (see the README on Chrome's paint holding).
      rows.push({ figure: 'first paint in Lighthouse\'s own load', cells: lhCells((x) => ms(x.observedFcpMs), preset) });
      rows.push({
        figure: 'CLS',
        cells: lhCells((x) => (x.cls === null ? 'n/a' : x.cls.toFixed(3)), preset),
        target: '0',
        result: lhResult(`Lighthouse ${preset} CLS`, '0', l, (x) => x.cls !== null && Math.round(x.cls * 1000) === 0),
      });
    }
  }

  if (f.dateSteps.length) {
    const [appSteps, baseSteps] = [f.dateSteps[0], f.dateSteps[f.dateSteps.length - 1]];
    const cells = (value: (s: StepFigures) => string) => f.pages.map((p, i) => {
      const s = i === 0 ? appSteps : i === f.pages.length - 1 ? baseSteps : null;
      return s === null ? '—' : s.error ? `failed: ${s.error}` : value(s);
    });
    rows.push({ figure: `Moving the date (Chromium trace, median of ${appSteps.steps} steps; baseline: one setFilter)`, cells: [] });
    rows.push({
      figure: 'main-thread work per step',
      cells: cells((s) => `${(s.workMs ?? 0).toFixed(1)} ms`),
      target: `≤ ${TARGETS.dateStepMs} ms`,
      result: record('date step main-thread work', `≤ ${TARGETS.dateStepMs} ms`, appSteps.workMs === null ? [appSteps.error ?? 'failed'] : appSteps.workMs <= TARGETS.dateStepMs ? [] : ['app /']),
    });
    rows.push({ figure: 'frames drawn per step', cells: cells((s) => String(s.framesPerStep)) });
    rows.push({ figure: 'waiting for the compositor per step', cells: cells((s) => ms(s.commitMs)) });
  }

  rows.push({ figure: `Export render, GET /api/export on server.mjs (median of ${runs.export}, after one warm-up)`, cells: [] });
  for (const e of f.exports) {
    const value = e.medianMs === null ? `failed` : ms(e.medianMs);
    rows.push({
      figure: e.label.replace(/^Export /, ''),
      cells: [value, ...blank.slice(1)],
      target: `≤ ${e.targetMs >= 1000 ? `${e.targetMs / 1000} s` : `${e.targetMs} ms`}`,
      result: record(e.label, `≤ ${e.targetMs} ms`, e.medianMs === null ? [e.error ?? 'failed'] : e.medianMs <= e.targetMs ? [] : ['']),
    });
  }

  if (f.api) {
    const a = f.api;
    rows.push({ figure: `GET /api/buildup (autocannon, ${a.connections} connections, ${a.seconds} s)`, cells: [] });
    const errorsNote = a.non2xx || a.errors || a.timeouts ? ` (${a.non2xx} non-2xx, ${a.errors} errors)` : '';
    rows.push({
      figure: 'requests/s',
      cells: [`${Math.round(a.requestsPerSecond)}${errorsNote}`, ...blank.slice(1)],
      target: `≥ ${TARGETS.apiRequestsPerSecond}`,
      result: record('/api/buildup requests/s', `≥ ${TARGETS.apiRequestsPerSecond}`, a.requestsPerSecond >= TARGETS.apiRequestsPerSecond && !a.non2xx && !a.errors ? [] : ['']),
    });
    rows.push({ figure: 'latency p50', cells: [ms(a.p50Ms), ...blank.slice(1)] });
    rows.push({
      figure: 'latency p99',
      cells: [ms(a.p99Ms), ...blank.slice(1)],
      target: `≤ ${TARGETS.apiP99Ms} ms`,
      result: record('/api/buildup p99', `≤ ${TARGETS.apiP99Ms} ms`, a.p99Ms <= TARGETS.apiP99Ms ? [] : ['']),
    });
  }

  if (f.exportLoad) {
    const load = exportLoadReport(f.exportLoad, f.pages.length);
    rows.push(...load.rows);
    checks.push(...load.checks);
  }

  return { table: renderTable(f.pages.map((p) => p.label), rows), checks };
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / MB)} MB`);

/** The export-load rows (export-load.ts), values in the first of `columns` value columns; `npm run bench -- --export-load` prints only these. */
export function exportLoadReport(e: ExportLoadFigures, columns: number): { rows: Row[]; checks: Check[] } {
  const rows: Row[] = [];
  const checks: Check[] = [];
  const blank = Array.from({ length: columns - 1 }, () => '');
  const row = (figure: string, value: string, target?: string, pass?: boolean, miss = '') => {
    let result = '';
    if (target !== undefined && pass !== undefined) {
      checks.push({ figure, target, pass, detail: pass ? '' : miss });
      result = pass ? PASS : `MISS${miss ? ` (${miss})` : ''}`;
    }
    rows.push({ figure: `  ${figure}`, cells: [value, ...blank], target, result });
  };
  rows.push({ figure: 'Exports under load (server.mjs; /api/buildup at 200 requests/s over 10 connections, 10 s)', cells: [] });
  if (e.error) row('export load', `failed: ${e.error}`, 'runs', false, e.error);
  const probe = (p: ExportLoadFigures['idle']) => (p ? `${ms(p.p99Ms)}${p.non2xx || p.errors ? ` (${p.non2xx} non-2xx, ${p.errors} errors)` : ''}` : 'n/a');
  row('/api/buildup p99, no export running (baseline)', probe(e.idle));
  const during = e.duringJpeg;
  const duringOk = during !== null && during.p99Ms <= TARGETS.apiP99DuringExportMs && !during.non2xx && !during.errors && e.jpegs.some((s) => s === 200);
  row('/api/buildup p99 while a 40 MP JPEG renders', `${probe(during)} (${e.jpegs.filter((s) => s === 200).length} JPEGs drawn)`,
    `≤ ${TARGETS.apiP99DuringExportMs} ms`, duringOk, during ? '' : 'not measured');
  row('server RSS before the burst', mb(e.rssBefore));
  const answers = Object.entries(e.burst).map(([status, n]) => `${n} × ${status}`).join(', ');
  row('peak RSS under 20 concurrent exports', `${mb(e.rssPeak)}${answers ? ` (${answers})` : ''}`, `≤ ${mb(TARGETS.exportBurstRss)}`,
    e.rssPeak !== null && e.rssPeak <= TARGETS.exportBurstRss && (e.burst['200'] ?? 0) > 0, e.rssPeak === null ? 'not measured' : '');
  return { rows, checks };
}

/** Runs that failed (left out of the medians), so a thin median is visible. */
export function failedRuns(pages: PageFigures[]): string {
  const lines = pages.filter((p) => p.errors.length).map((p) => `  ${p.label}: ${p.errors.length} run(s) failed, ${p.runs} measured: ${[...new Set(p.errors)].join('; ')}`);
  return lines.length ? ['Failed page runs:', ...lines].join('\n') : '';
}

/** The elements that moved, on pages that shifted visibly (first run; shifts under 0.0005 left out). */
export function layoutShifts(pages: PageFigures[]): string {
  const visible = (shifts: PageFigures['shifts']) => shifts.filter((s) => s.value >= 0.0005);
  const lines = pages.filter((p) => visible(p.shifts).length).map((p) =>
    `  ${p.label}: ${visible(p.shifts).map((s) => `${s.value.toFixed(3)} at ${Math.round(s.at)} ms (${s.sources.join(', ') || 'no source'})`).join('; ')}`);
  return lines.length ? ['Layout shifts (first run, 1280×800):', ...lines].join('\n') : '';
}

/** The largest scripts the app's initial HTML asks for, to say where its JavaScript goes. */
export function largestScripts(page: PageFigures, count = 6): string {
  if (page.status !== 'ok') return '';
  const files = page.scriptsFirstPaint.slice(0, count);
  const lines = files.map((f) => `  ${kb(f.sizes.gzip).padStart(9)} gzip  ${kb(f.sizes.raw).padStart(9)} raw  ${new URL(f.url).pathname}${f.engine ? '  (map engine)' : ''}`);
  const later = page.scriptsInteractive.filter((f) => !page.scriptsFirstPaint.some((g) => g.url === f.url));
  const lazy = later.map((f) => `  ${kb(f.sizes.gzip).padStart(9)} gzip  ${kb(f.sizes.raw).padStart(9)} raw  ${new URL(f.url).pathname}${f.engine ? '  (map engine)' : ''}`);
  return [`Largest JS in the initial HTML of ${page.label} (${page.scriptsFirstPaint.length} files):`, ...lines,
    ...(lazy.length ? [`Loaded after, before the map is idle:`, ...lazy] : [])].join('\n');
}

/** What keeps the app's Lighthouse categories below 100 (audits that count, from the first run). */
export function lighthouseNotes(lighthouse: BenchFigures['lighthouse']): string {
  if (!lighthouse) return '';
  const lines: string[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const l = lighthouse.app[preset];
    if (l.error) lines.push(`  ${preset}: failed: ${l.error}`);
    for (const [category, audits] of Object.entries(l.failing)) {
      if (audits.length) lines.push(`  ${preset} ${category}: ${audits.join(', ')}`);
    }
    if (l.bootup.length) lines.push(`  ${preset} main-thread time by script: ${l.bootup.join('; ')}`);
    if (l.shifts.length) lines.push(`  ${preset} layout shifts: ${l.shifts.join('; ')}`);
  }
  return lines.length ? ['Lighthouse audits below full marks for app / (first run):', ...lines].join('\n') : '';
}
