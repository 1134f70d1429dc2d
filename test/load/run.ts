/**
 * Hardening run against the production build: starts the production server (server.mjs) on a free port, fuzzes every route,
 * then loads /api/buildup, / and /api/export; prints a table and writes test/load/results/latest.json.
 * Exits non-zero if any part failed. Builds nothing: run `npm run build` first.
 *
 *   npx tsx test/load/run.ts [--duration 30] [--requests 2000] [--seed N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FuzzResult, printFuzzResult, runFuzz } from '../fuzz/fuzz';
import { loadExport, loadGet, type ScenarioResult } from './scenarios';
import { buildId, isErrorLine, ROOT, startServer } from './server';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const unique = (lines: string[]) => [...new Set(lines.map((l) => l.trim()))];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const counts = (c: Record<string, number>) => Object.entries(c).sort().map(([s, n]) => `${s}:${n}`).join(' ');

function table(fuzz: FuzzResult, scenarios: ScenarioResult[]): string {
  const head = ['scenario', 'conns', 'requests', 'req/s', 'p50 ms', 'p99 ms', '200s p50/p99 ms', 'statuses', 'errors', 'peak RSS MB (server/all)', 'result'];
  const rows = [
    ['fuzz (seed ' + fuzz.seed + ')', '8', String(fuzz.sent), (fuzz.sent / fuzz.durationSeconds).toFixed(0), '-', '-', '-', counts(fuzz.statusCounts),
      `${fuzz.failureCount} failing`, '-', fuzz.ok ? 'OK' : 'FAILED'],
    ...scenarios.map((s) => [s.name, String(s.connections), String(s.requests), String(s.requestsPerSecond), String(s.p50Ms), String(s.p99Ms),
      s.ok200 ? `${s.ok200.p50Ms}/${s.ok200.p99Ms}` : '-', counts(s.statusCounts), `${s.errors} (${s.timeouts} timeouts)`,
      `${s.peakServerRssMb}/${s.peakGroupRssMb}`, s.ok ? 'OK' : 'FAILED']),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const seconds = argument('duration', 30);
  const requests = argument('requests', 2000);
  const seedArg = process.argv.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : Date.now() % 2 ** 31;

  const build = buildId();
  if (!build) {
    console.error(`No production build in ${path.join(ROOT, '.next')}: run \`npm run build\` first, then this again.`);
    process.exit(2);
  }
  // Anything else busy on the machine (a build, a browser) skews every figure: say so next to them.
  const loadAverage = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const server = await startServer();
  console.log(`server.mjs (build ${build}) at ${server.origin}, process group ${server.pid}; ${os.cpus().length} CPUs, load average ${loadAverage.join(' ')}, Node ${process.version}`);

  let fuzz: FuzzResult;
  let fuzzServerErrors: string[];
  const scenarios: ScenarioResult[] = [];
  try {
    const from = server.lines().length;
    fuzz = await runFuzz({ base: server.origin, requests, seed, timeLimitSeconds: 300 });
    printFuzzResult(fuzz);
    fuzzServerErrors = unique(server.lines(from).filter(isErrorLine));
    if (fuzzServerErrors.length) console.log(`  server logged ${fuzzServerErrors.length} distinct error lines during the fuzz, e.g.:\n    ${fuzzServerErrors.slice(0, 8).join('\n    ')}`);

    for (const run of [() => loadGet(server, '/api/buildup', { seconds }), () => loadGet(server, '/', { seconds }), () => loadExport(server, { seconds })]) {
      await pause(3000); // let the previous scenario's work drain so it does not count against this one
      const result = await run();
      console.log(`${result.name}: ${result.requests} requests, ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${counts(result.statusCounts)}${result.ok ? '' : ` — FAILED: ${result.problems.join('; ')}`}`);
      scenarios.push(result);
    }
  } finally {
    await server.stop();
  }

  console.log(`\n${table(fuzz, scenarios)}\n`);
  const ok = fuzz.ok && scenarios.every((s) => s.ok);
  const results = {
    generatedAt: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain') !== '',
    buildId: build,
    node: process.version,
    cpus: os.cpus().length,
    loadAverageBefore: loadAverage,
    ok,
    fuzz: {
      ...fuzz,
      failures: fuzz.failures.map(({ kind, count, example: { request, outcome } }) => ({
        kind, count, method: request.method, path: request.path.slice(0, 1000), headers: request.headers, status: outcome.status ?? outcome.error,
        replay: `npx tsx test/fuzz/fuzz.ts --base <url> --seed ${fuzz.seed} --replay ${request.index}`,
      })),
      serverErrorLines: fuzzServerErrors.slice(0, 30),
    },
    scenarios: scenarios.map((s) => ({ ...s, serverErrorLines: unique(s.serverErrorLines).slice(0, 30) })),
  };
  const file = path.join(__dirname, 'results', 'latest.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`${ok ? 'All scenarios passed' : 'FAILED'}; figures written to ${path.relative(process.cwd(), file)}`);
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
