/**
 * Page figures from Debian's Chromium driven by Playwright: the JavaScript a page downloads before its first
 * paint and before its map is interactive, its geo data, and navigation → FCP, SVG map painted, MapLibre idle.
 * Every run gets a browser of its own (cold cache, and no other page's drawing left in its GPU process) and the runs of
 * the pages are interleaved.
 */
import { type Browser, chromium, type Response } from '@playwright/test';
import { INSTALL_MARKS, type InPageMarks, PARSE_HTML, READ_MARKS } from './in-page';
import { compressedSizes, median, type Sizes, sumSizes } from './stats';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? chromiumPath();
export { CHROMIUM_FLAGS };

export interface PageTarget {
  /** Column name, e.g. "app /". */
  label: string;
  url: string;
  /** Which responses are geo data on this page. */
  isGeo: (url: URL) => boolean;
}

export interface ScriptFile { url: string; sizes: Sizes; engine: boolean }

export interface PageRun {
  /** The HTML's first and last byte (ms after navigation). */
  ttfbMs: number | null;
  htmlLoadedMs: number | null;
  fcpMs: number | null;
  /** Sum of layout shifts until the map is idle (not Lighthouse's session windows; 1280×800). */
  layoutShift: number;
  shifts: InPageMarks['shifts'];
  /** null when the HTML holds no `[data-testid=map] svg`. */
  svgPaintedMs: number | null;
  idleMs: number | null;
  canvasShownMs: number | null;
  /** When the page itself started and finished fetching the map engine's script (ms after navigation). */
  engineRequestedMs: number | null;
  engineLoadedMs: number | null;
  html: Sizes;
  jsFirstPaint: Sizes;
  jsFirstPaintNoEngine: Sizes;
  jsInteractive: Sizes;
  geo: Sizes;
  geoFiles: number;
  offOrigin: string[];
  scriptsFirstPaint: ScriptFile[];
  scriptsInteractive: ScriptFile[];
}

export interface PageFigures {
  label: string;
  url: string;
  /** 'n/a' when the route answers 404. */
  status: 'ok' | 'n/a' | 'failed';
  /** One line per failed run (a run that fails is left out of the medians). */
  errors: string[];
  runs: number;
  mapSvgInHtml: boolean;
  ttfbMs: number | null;
  htmlLoadedMs: number | null;
  fcpMs: number | null;
  layoutShift: number | null;
  /** The shifts of the first run. */
  shifts: InPageMarks['shifts'];
  svgPaintedMs: number | null;
  idleMs: number | null;
  canvasShownMs: number | null;
  engineRequestedMs: number | null;
  engineLoadedMs: number | null;
  html: Sizes | null;
  jsFirstPaint: Sizes | null;
  jsFirstPaintNoEngine: Sizes | null;
  jsInteractive: Sizes | null;
  geo: Sizes | null;
  geoFiles: number | null;
  offOrigin: string[];
  /** From the first run, largest first. */
  scriptsFirstPaint: ScriptFile[];
  scriptsInteractive: ScriptFile[];
}

const IDLE_TIMEOUT_MS = 60_000;

const isScript = (response: Response) =>
  response.request().resourceType() === 'script' ||
  /javascript|ecmascript/.test(response.headers()['content-type'] ?? '') ||
  /\.m?js$/.test(new URL(response.url()).pathname);

/** The map engine: MapLibre's own files, or a chunk that bundles it (it names itself hundreds of times). */
export function isEngine(url: string, body: Buffer): boolean {
  if (/maplibre/i.test(new URL(url).pathname)) return true;
  const text = body.toString('latin1');
  return text.includes('fill-extrusion') && (text.match(/maplibre/gi)?.length ?? 0) >= 50;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

async function measureOnce(browser: Browser, target: PageTarget): Promise<PageRun & { mapSvgInHtml: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INSTALL_MARKS });
    const origin = new URL(target.url).origin;
    const offOrigin: string[] = [];
    let interactive = false;
    // Bodies are read once the map is idle: reading them as they arrive (over CDP) loads the browser during the
    // very window being timed, and more so for a page of many files than for the baseline's few.
    const scripts = new Map<string, Response>();
    const geo = new Map<string, Response>();
    const bodyOf = (response: Response) => response.body().catch(() => null);
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) offOrigin.push(url);
    });
    context.on('response', (response) => {
      if (interactive || response.status() >= 300) return;
      const url = response.url();
      if (isScript(response)) scripts.set(url, response);
      else if (target.isGeo(new URL(url))) geo.set(url, response);
    });
    const page = await context.newPage();
    const navigation = await page.goto(target.url, { waitUntil: 'commit', timeout: 60_000 });
    if (!navigation) throw new Error(`no response from ${target.url}`);
    const html = await navigation.body();
    const settled = ['idle', 'error', 'fallback'].map((s) => `[data-testid="map"][data-map-state="${s}"]`).join(', ');
    const map = await page.waitForSelector(settled, { timeout: IDLE_TIMEOUT_MS, state: 'attached' });
    interactive = true;
    const state = await map.getAttribute('data-map-state');
    if (state !== 'idle') throw new Error(`the map reported data-map-state="${state}" on ${target.url}`);
    // The app shows its live canvas once the GPU has drawn it, after idle; the baseline's shows from the start.
    if (await map.getAttribute('data-canvas')) await page.waitForSelector('[data-testid="map"][data-canvas="shown"]', { timeout: IDLE_TIMEOUT_MS, state: 'attached' });
    const marks = (await page.evaluate(READ_MARKS)) as InPageMarks;
    const parsed = (await page.evaluate(`(${PARSE_HTML})(${JSON.stringify(html.toString('utf8'))})`)) as { scripts: string[]; mapSvgInHtml: boolean };

    const files = new Map<string, ScriptFile>();
    for (const [url, response] of scripts) {
      const bytes = await bodyOf(response);
      if (bytes) files.set(url, { url, sizes: compressedSizes(bytes), engine: isEngine(url, bytes) });
    }
    const interactiveFiles = [...files.values()];
    // A script the HTML names that was not fetched before idle is still part of what the HTML asks for.
    const firstPaint: ScriptFile[] = [];
    for (const url of parsed.scripts) {
      const fetched = files.get(url);
      if (fetched) firstPaint.push(fetched);
      else {
        const response = await context.request.get(url);
        const bytes = response.ok() ? await response.body() : null;
        if (bytes) firstPaint.push({ url, sizes: compressedSizes(bytes), engine: isEngine(url, bytes) });
      }
    }
    const geoBodies = (await Promise.all([...geo.values()].map(bodyOf))).filter((b): b is Buffer => b !== null);
    const bySize = (a: ScriptFile, b: ScriptFile) => b.sizes.gzip - a.sizes.gzip;

    // The SVG map: the earliest top-level SVG in the map that the HTML itself brought and that spans most
    // of the map. It is painted with the first contentful paint if it was there by then, else on the next frame.
    const svg = parsed.mapSvgInHtml ? marks.svgs.find((s) => s.duringParse && s.mapWidth > 0 && s.width >= 0.5 * s.mapWidth) : undefined;
    const svgPaintedMs = svg ? (marks.fcp !== null && svg.at <= marks.fcp ? marks.fcp : svg.frame) : null;

    const engineTimings = (marks.resources ?? []).filter((r) => files.get(r.name)?.engine);
    const earliest = (xs: number[]) => (xs.length ? Math.min(...xs) : null);

    return {
      mapSvgInHtml: parsed.mapSvgInHtml,
      ttfbMs: marks.ttfb ?? null,
      htmlLoadedMs: marks.htmlLoaded ?? null,
      engineRequestedMs: earliest(engineTimings.map((r) => r.startTime)),
      engineLoadedMs: earliest(engineTimings.map((r) => r.responseEnd)),
      fcpMs: marks.fcp,
      layoutShift: marks.shifts.reduce((sum, x) => sum + x.value, 0),
      shifts: marks.shifts,
      svgPaintedMs,
      idleMs: marks.idle,
      canvasShownMs: marks.canvasShown,
      html: compressedSizes(html),
      jsFirstPaint: sumSizes(firstPaint.map((f) => f.sizes)),
      jsFirstPaintNoEngine: sumSizes(firstPaint.filter((f) => !f.engine).map((f) => f.sizes)),
      jsInteractive: sumSizes(interactiveFiles.map((f) => f.sizes)),
      geo: sumSizes(geoBodies.map(compressedSizes)),
      geoFiles: geoBodies.length,
      offOrigin,
      scriptsFirstPaint: firstPaint.sort(bySize),
      scriptsInteractive: interactiveFiles.sort(bySize),
    };
  } finally {
    await context.close();
  }
}

const medianSizes = (list: Sizes[]): Sizes => ({
  raw: median(list.map((s) => s.raw))!,
  gzip: median(list.map((s) => s.gzip))!,
  brotli: median(list.map((s) => s.brotli))!,
});

/** Whether the route exists; it is requested three times, so the runs meet a warm server. */
async function routeAnswers(url: string): Promise<boolean> {
  let status = 0;
  for (let i = 0; i < 3 && status !== 404; i++) {
    const response = await fetch(url, { redirect: 'follow' });
    await response.arrayBuffer();
    status = response.status;
  }
  return status !== 404;
}

/** `runs` loads of every target, interleaved (A B C, A B C, …), each summarised by its medians. */
export async function measurePages(targets: PageTarget[], runs: number, log: (line: string) => void): Promise<PageFigures[]> {
  const present = await Promise.all(targets.map((t) => routeAnswers(t.url)));
  const results = targets.map(() => [] as Array<PageRun & { mapSvgInHtml: boolean }>);
  const errors = targets.map(() => [] as string[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, target] of targets.entries()) {
      // A route that failed every run so far is given up after two tries.
      if (!present[i] || (results[i].length === 0 && errors[i].length >= 2)) continue;
      // A browser of its own for every load: in one shared browser, the GPU process was still drawing the last page's
      // map (software WebGL draws behind the page) when the next load began. The baseline's map, which shows its canvas
      // at once, then slowed the app's `/` after it (its own idle read 2.7 s right after an app page, 1.6 s after a
      // 4 s pause), while the app's pages, which wait for their canvas, left the next load a quiet machine.
      const browser = await launchBrowser();
      try {
        const r = await measureOnce(browser, target);
        results[i].push(r);
        log(`  ${target.label} run ${run + 1}/${runs}: FCP ${Math.round(r.fcpMs ?? NaN)} ms, idle ${Math.round(r.idleMs ?? NaN)} ms`);
      } catch (error) {
        const message = (error as Error).message.split('\n')[0];
        errors[i].push(message);
        log(`  ${target.label} run ${run + 1}/${runs} failed: ${message}`);
      } finally {
        await browser.close();
      }
    }
  }
  return targets.map((target, i) => {
    const rs = results[i];
    const status = !present[i] ? 'n/a' : rs.length ? 'ok' : 'failed';
    const pick = (f: (r: PageRun) => Sizes) => (rs.length ? medianSizes(rs.map(f)) : null);
    return {
      label: target.label,
      url: target.url,
      status,
      errors: errors[i],
      runs: rs.length,
      mapSvgInHtml: rs.some((r) => r.mapSvgInHtml),
      ttfbMs: median(rs.map((r) => r.ttfbMs)),
      htmlLoadedMs: median(rs.map((r) => r.htmlLoadedMs)),
      fcpMs: median(rs.map((r) => r.fcpMs)),
      layoutShift: median(rs.map((r) => r.layoutShift)),
      shifts: rs[0]?.shifts ?? [],
      svgPaintedMs: median(rs.map((r) => r.svgPaintedMs)),
      idleMs: median(rs.map((r) => r.idleMs)),
      canvasShownMs: median(rs.map((r) => r.canvasShownMs)),
      engineRequestedMs: median(rs.map((r) => r.engineRequestedMs)),
      engineLoadedMs: median(rs.map((r) => r.engineLoadedMs)),
      html: pick((r) => r.html),
      jsFirstPaint: pick((r) => r.jsFirstPaint),
      jsFirstPaintNoEngine: pick((r) => r.jsFirstPaintNoEngine),
      jsInteractive: pick((r) => r.jsInteractive),
      geo: pick((r) => r.geo),
      geoFiles: median(rs.map((r) => r.geoFiles)),
      offOrigin: [...new Set(rs.flatMap((r) => r.offOrigin))],
      scriptsFirstPaint: rs[0]?.scriptsFirstPaint ?? [],
      scriptsInteractive: rs[0]?.scriptsInteractive ?? [],
    } satisfies PageFigures;
  });
}
