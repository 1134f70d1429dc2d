/**
 * `npm run bench`: builds the production app, serves it next to the baseline (a bare MapLibre page drawing
 * the same GeoJSON), measures both, prints one table and writes test/bench/results/latest.json.
 * Options: --quick (one run each, no Lighthouse), --strict (exit 1 when a target is missed), --skip-build,
 * --export-load (only the rows of exports under load, against the app server alone).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureApi } from './api-load';
import { measureDateSteps } from './date-step';
import { buildBaseline } from './baseline/build';
import { measureExportLoad } from './export-load';
import { measureExports } from './export-timing';
import { type LighthouseFigures, measureLighthouse, type Preset } from './lighthouse';
import { parseOptions } from './options';
import { measurePages, type PageTarget } from './page-metrics';
import { type BenchFigures, buildReport, exportLoadReport, failedRuns, largestScripts, layoutShifts, lighthouseNotes } from './report';
import { renderTable } from './table';
import { buildApp, ROOT, type Server, startApp, startBaseline } from './server';

const RESULTS = path.join(ROOT, 'test', 'bench', 'results', 'latest.json');
const log = (line: string) => process.stderr.write(`${line}\n`);
const isApiGeo = (url: URL) => url.pathname.startsWith('/api/geo/');
const isGeoFile = (url: URL) => url.pathname.endsWith('.geojson');

/** The id of the build being served: if it changes mid-run, another build overwrote `.next` under the server. */
function buildId(): string | null {
  try {
    return readFileSync(path.join(ROOT, '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return null;
  }
}

function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- app components geo', { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  process.chdir(ROOT); // geo/ reads its data relative to the working directory, as the server does
  const started = Date.now();
  const date = new Date();

  if (options.skipBuild) log('Using the existing .next build (--skip-build).');
  else {
    log('Building the app (npm run build)…');
    await buildApp();
  }
  if (options.exportLoadOnly) return exportLoadOnly(options.strict, started, date);
  log('Building the baseline page (esbuild)…');
  const site = await buildBaseline();

  const servedBuild = buildId();
  const warnings: string[] = [];
  const servers: Server[] = [];
  let figures: BenchFigures;
  try {
    const app = await startApp();
    servers.push(app);
    const baseline = await startBaseline(site);
    servers.push(baseline);
    log(`App on ${app.origin} (pid ${app.pid}), baseline on ${baseline.origin} (pid ${baseline.pid}).`);

    const targets: PageTarget[] = [
      { label: 'app /', url: `${app.origin}/`, isGeo: isApiGeo },
      { label: '/present', url: `${app.origin}/present`, isGeo: isApiGeo },
      { label: '/embed', url: `${app.origin}/embed`, isGeo: isApiGeo },
      { label: 'baseline', url: `${baseline.origin}/`, isGeo: isGeoFile },
    ];
    log(`Pages (${options.pageRuns} run${options.pageRuns > 1 ? 's' : ''} each)…`);
    const pages = await measurePages(targets, options.pageRuns, log);

    let lighthouse: BenchFigures['lighthouse'] = null;
    if (options.lighthouseRuns > 0) {
      const both = async (url: string, label: string) => {
        const out = {} as Record<Preset, LighthouseFigures>;
        for (const preset of ['mobile', 'desktop'] as const) {
          log(`Lighthouse ${preset}, ${label}…`);
          out[preset] = await measureLighthouse(url, preset, options.lighthouseRuns, log);
        }
        return out;
      };
      lighthouse = { app: await both(`${app.origin}/`, 'app /'), baseline: await both(`${baseline.origin}/`, 'baseline') };
    }

    const dateSteps = await measureDateSteps(app.origin, baseline.origin, log);

    log(`GET /api/buildup under load (${options.apiSeconds} s)…`);
    const api = await measureApi(`${app.origin}/api/buildup`, options.apiSeconds, log);

    log('Exports under load: /api/buildup while 40 MP JPEGs render, then 20 exports at once…');
    const exportLoad = await measureExportLoad(app.origin, app.pid, log);

    log(`Export renders (${options.exportRuns} run${options.exportRuns > 1 ? 's' : ''} each, GET /api/export on the app server)…`);
    const exports = await measureExports(app.origin, options.exportRuns, log);

    for (const server of servers.splice(0).reverse()) await server.stop();
    if (buildId() !== servedBuild) {
      warnings.push('WARNING: .next was rebuilt while the bench was serving it (another build ran): the page and Lighthouse figures may be wrong.');
      log(warnings[warnings.length - 1]);
    }
    figures = { pages, lighthouse, exports, api, dateSteps, exportLoad };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }

  const runs = { page: options.pageRuns, lighthouse: options.lighthouseRuns, export: options.exportRuns };
  const { table, checks } = buildReport(figures, runs);
  const misses = checks.filter((c) => !c.pass);
  const heading = `Buildup Map bench, ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}, ` +
    `Node ${process.version}, ${os.cpus().length} CPUs${options.quick ? ', --quick (1 run each, no Lighthouse)' : ''}`;
  const scripts = figures.pages.slice(0, -1).map((p) => largestScripts(p)).filter(Boolean).join('\n\n');
  const summary = misses.length
    ? `${misses.length} of ${checks.length} targets missed: ${misses.map((m) => m.figure + (m.detail ? ` (${m.detail})` : '')).join('; ')}`
    : `All ${checks.length} targets met.`;
  const notes = [failedRuns(figures.pages), scripts, layoutShifts(figures.pages), lighthouseNotes(figures.lighthouse)].filter(Boolean).join('\n\n');
  console.log(['', heading, '', table, '', notes, '', ...warnings, summary, `(${Math.round((Date.now() - started) / 1000)} s; figures in ${path.relative(ROOT, RESULTS)})`].join('\n'));

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ date: date.toISOString(), commit: commit(), node: process.version, cpus: os.cpus().length, options, warnings, figures, checks, table }, null, 2)}\n`);

  process.exitCode = options.strict && misses.length ? 1 : 0;
}

/** `--export-load`: the app server alone, and only the rows of exports under load. */
async function exportLoadOnly(strict: boolean, started: number, date: Date) {
  const app = await startApp();
  let figures;
  try {
    log(`App on ${app.origin} (pid ${app.pid}).`);
    figures = await measureExportLoad(app.origin, app.pid, log);
  } finally {
    await app.stop();
  }
  const { rows, checks } = exportLoadReport(figures, 1);
  const misses = checks.filter((c) => !c.pass);
  const heading = `Buildup Map bench (exports under load only), ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}, Node ${process.version}, ${os.cpus().length} CPUs`;
  console.log(['', heading, '', renderTable(['app'], rows), '', misses.length ? `${misses.length} of ${checks.length} targets missed.` : `All ${checks.length} targets met.`,
    `(${Math.round((Date.now() - started) / 1000)} s)`].join('\n'));
  process.exitCode = strict && misses.length ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(2);
});
