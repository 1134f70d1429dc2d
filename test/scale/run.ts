/**
 * `npm run scale-test`: the app as deployed at scale, on loopback: PostgreSQL, two instances of server.mjs, an
 * editor account, and nginx in front with deploy/nginx.conf itself; measured in one run beside baselines measured in
 * the same run, one table with each target and PASS or MISS. README "Deploying at scale" says what each row means.
 *
 *   npm run scale-test                # everything (about 4 minutes)
 *   npm run scale-test -- --strict    # exit 1 when a target is missed
 *   npm run scale-test -- --short     # for CI (well under 2 minutes): correction, failover (10 s), CSP; always strict
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres, type Postgres } from '../support/postgres';
import { freePort } from '../support/process-group';
import { cspInBrowser } from './csp';
import { type Nginx, startEdge, startNginx, staticConfig } from './edge';
import { edgeChecks } from './edge-checks';
import { addEditor, type Instance, startInstance } from './instances';
import { ACCEPT, correctionPropagation, exportMemory, failover, formatStatuses, load, type LoadFigures, pair, PROPAGATION_TARGETS, rawGet } from './measure';
import { type Group, pause, ROOT, runToEnd, startGroup, temporaryFolder, waitForAnswer } from './processes';
import { printTable, type Row } from './table';

const args = process.argv.slice(2);
const SHORT = args.includes('--short');
const STRICT = SHORT || args.includes('--strict');
const log = (line: string) => process.stderr.write(`${line}\n`);

const LOAD_SECONDS = 10;
/** Rounds of `pair` for the rows through the edge: the fastest, so the ones a few busy seconds sway most. */
const EDGE_ROUNDS = 2;
const FAILOVER_SECONDS = SHORT ? 10 : 30;
const EXPORT_SECONDS = 20;
const PROPAGATION_LIMIT_MS = 5000;
const MEMORY_LIMIT_MB = 600;
const P99_LIMIT_MS = 50;

const rows: Row[] = [];
const notes: string[] = [];
const section = (title: string) => rows.push({ figure: title });
const verdict = (ok: boolean): 'PASS' | 'MISS' => (ok ? 'PASS' : 'MISS');
const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ms`;

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, Node ${process.version}, ${os.type()} ${os.release()}, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`;
}

/** `nginx -v` writes to standard error. */
const nginxVersion = () => spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr?.trim().replace(/^nginx version: /, '') || 'nginx (version unknown)';

/** A failure of one part is a MISS row naming it; the run goes on with the next part. */
async function part(name: string, run: () => Promise<void>) {
  log(`\n${name}…`);
  try {
    await run();
  } catch (error) {
    const message = (error as Error).message.split('\n').slice(0, 6).join(' ⏎ ');
    log(`  FAILED: ${(error as Error).stack ?? message}`);
    rows.push({ figure: `${name}: could not be measured`, measured: message.slice(0, 160), target: 'measured', result: 'MISS' });
  }
}

function loadLine(label: string, f: LoadFigures) {
  log(`  ${label}: ${n0(f.requestsPerSecond)} req/s, p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}, ${formatStatuses(f.statuses)}, ${f.errors} errors (${f.timeouts} timeouts)`);
}

/** The page's bytes as the edge serves them (identity, gzip and brotli, all of one data version), into `folder`. */
async function copyPage(edge: string, address: string, folder: string, name: string) {
  const variants = await Promise.all(['identity', 'gzip', 'br'].map((coding) => rawGet(edge, address, { 'accept-encoding': coding })));
  const etags = new Set(variants.map((v) => String(v.headers.etag)));
  if (variants.some((v) => v.status !== 200) || etags.size !== 1) throw new Error(`${address} through the edge: statuses ${variants.map((v) => v.status).join(', ')}, ETags ${[...etags].join(', ')}`);
  const [identity, gzip, br] = variants;
  if (gzip.headers['content-encoding'] !== 'gzip' || br.headers['content-encoding'] !== 'br') throw new Error(`${address}: the edge did not answer gzip and br (${gzip.headers['content-encoding']}, ${br.headers['content-encoding']})`);
  writeFileSync(path.join(folder, name), identity.body);
  writeFileSync(path.join(folder, `${name}.gz`), gzip.body);
  writeFileSync(path.join(folder, `${name}.br`), br.body);
  return { identity: identity.body.length, gzip: gzip.body.length, br: br.body.length };
}

async function main() {
  process.chdir(ROOT);
  const date = new Date();
  console.log(`Buildup Map scale test${SHORT ? ' (--short)' : ''}, ${date.toUTCString()}, commit ${commit()}`);
  console.log(`Machine: ${machine()}; ${nginxVersion()}`);

  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    log('No build (.next/BUILD_ID): npm run build…');
    await runToEnd('npm run build', 'npm', ['run', 'build']);
  }
  const buildId = readFileSync(path.join(ROOT, '.next', 'BUILD_ID'), 'utf8').trim();

  let postgres: Postgres | null = null;
  const instances: Instance[] = [];
  const servers: (Nginx | { stop: () => Promise<void> })[] = [];
  try {
    log('Starting PostgreSQL, instance A (seeds the store), instance B, an editor account and nginx…');
    const setupStarted = Date.now();
    postgres = await startPostgres('buildup');
    const a = await startInstance('a', postgres.url);
    instances.push(a);
    const b = await startInstance('b', postgres.url);
    instances.push(b);
    await addEditor(postgres.url, a.dataDir);
    const { edge, brotli, note } = await startEdge([a.port, b.port]);
    servers.push(edge);
    if (note) notes.push(note);
    log(`  PostgreSQL ${postgres.url.replace(/\/\/[^@]*@/, '//')}, A ${a.origin} (pid ${a.group.pid}), B ${b.origin} (pid ${b.group.pid}), edge ${edge.origin}; ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);
    console.log(`Build ${buildId}; PostgreSQL, instances A and B (server.mjs, BUILDUP_TRUST_PROXY=1), nginx with deploy/nginx.conf${brotli ? '' : ' without brotli'}`);

    // Every address once through the edge and on each instance: the memo and the edge's cache are filled.
    for (const origin of [a.origin, b.origin, edge.origin]) {
      for (const address of PROPAGATION_TARGETS) await (await fetch(`${origin}${address}`, { headers: ACCEPT })).arrayBuffer();
    }

    if (!SHORT) {
      await part('Throughput through the edge, beside nginx serving the same bytes as static files', async () => {
        const folder = temporaryFolder('static');
        const sizes = { '/': await copyPage(edge.origin, '/', folder, 'index.html'), '/embed': await copyPage(edge.origin, '/embed', folder, 'embed') };
        writeFileSync(path.join(folder, 'tiny'), 'ok\n');
        execFileSync('chmod', ['-R', 'a+rX', folder]);
        log(`  bytes: / ${sizes['/'].identity} (br ${sizes['/'].br}, gzip ${sizes['/'].gzip}), /embed ${sizes['/embed'].identity} (br ${sizes['/embed'].br}, gzip ${sizes['/embed'].gzip})`);
        const staticPort = await freePort();
        const staticNginx = await startNginx('static-nginx', staticConfig({ folder, port: staticPort, type: 'text/html; charset=utf-8', brotli }), staticPort, '/embed');
        servers.push(staticNginx);
        section(`Through the edge (autocannon, ${2 * EDGE_ROUNDS} × ${LOAD_SECONDS / 2} s alternating with the baseline's, Accept-Encoding: gzip, br; p99 the worst run's) | baseline: nginx serving the page's bytes (br ${n0(sizes['/embed'].br)} B for /embed) as a static file`);
        // One short run each first: connections and caches warm.
        await load(staticNginx.origin, ['/embed'], { connections: 50, seconds: 2 });
        await load(edge.origin, ['/embed'], { connections: 50, seconds: 2 });
        // How fast the client itself can go here: the same nginx with a 3-byte file (autocannon is one thread).
        const ceiling = await load(staticNginx.origin, ['/tiny'], { connections: 50, seconds: 5 });
        loadLine('client ceiling (3-byte file) ×50', ceiling);
        rows.push({
          figure: "autocannon's own ceiling: the baseline nginx, a 3-byte file, 50 connections",
          measured: `${n0(ceiling.requestsPerSecond)} req/s, p99 ${ms(ceiling.p99Ms)}`,
          baseline: `the pages below: / ${n0(sizes['/'].br)} B, /embed ${n0(sizes['/embed'].br)} B (br)`,
        });
        for (const page of ['/', '/embed']) {
          for (const connections of [50, 200]) {
            const { base, got } = await pair(staticNginx.origin, edge.origin, [page], { connections, seconds: LOAD_SECONDS / 2 }, EDGE_ROUNDS);
            loadLine(`static ${page} ×${connections}`, base);
            loadLine(`edge ${page} ×${connections}`, got);
            const ratio = got.requestsPerSecond / base.requestsPerSecond;
            const clean = got.failed === 0 && base.failed === 0;
            rows.push({
              figure: `${page}, ${connections} connections: requests/s`,
              measured: `${n0(got.requestsPerSecond)} (${ratio.toFixed(2)}×)`,
              baseline: n0(base.requestsPerSecond),
              target: `≥ 0.8 × baseline (${n0(0.8 * base.requestsPerSecond)}), no failures`,
              result: verdict(ratio >= 0.8 && clean),
            });
            rows.push({
              figure: `${page}, ${connections} connections: latency p50 / p99`,
              measured: `${ms(got.p50Ms)} / ${ms(got.p99Ms)}`,
              baseline: `${ms(base.p50Ms)} / ${ms(base.p99Ms)}`,
              ...(connections === 50 ? { target: `p99 ≤ ${P99_LIMIT_MS} ms`, result: verdict(got.p99Ms <= P99_LIMIT_MS) } : {}),
            });
            if (!clean) notes.push(`${page} ×${connections}: edge ${formatStatuses(got.statuses)} ${got.errors} errors; static ${formatStatuses(base.statuses)} ${base.errors} errors`);
          }
        }
        await staticNginx.stop();
        servers.splice(servers.indexOf(staticNginx), 1);

        section(`One instance alone (A, no edge; autocannon 2 × ${LOAD_SECONDS / 2} s alternating with the baseline's, 50 connections) | baseline: a minimal Node static server (its own process) on the same bytes`);
        const nodePort = await freePort();
        const nodeStatic: Group = startGroup('node static server', process.execPath, ['--import', 'tsx', path.join(__dirname, 'static-node.ts'), folder, String(nodePort)]);
        servers.push(nodeStatic);
        await waitForAnswer(nodeStatic, `http://127.0.0.1:${nodePort}/embed`, 20_000);
        const nodeOrigin = `http://127.0.0.1:${nodePort}`;
        await load(nodeOrigin, ['/embed'], { connections: 50, seconds: 2 });
        await load(a.origin, ['/embed'], { connections: 50, seconds: 2 });
        const { base, got } = await pair(nodeOrigin, a.origin, ['/embed'], { connections: 50, seconds: LOAD_SECONDS / 2 });
        loadLine('node static /embed ×50', base);
        loadLine('instance A /embed ×50', got);
        const ratio = got.requestsPerSecond / base.requestsPerSecond;
        rows.push({
          figure: '/embed from instance A: requests/s',
          measured: `${n0(got.requestsPerSecond)} (${ratio.toFixed(2)}×)`,
          baseline: n0(base.requestsPerSecond),
          target: `≥ 0.5 × baseline (${n0(0.5 * base.requestsPerSecond)}), no failures`,
          result: verdict(ratio >= 0.5 && got.failed === 0 && base.failed === 0),
        });
        rows.push({ figure: '/embed from instance A: latency p50 / p99', measured: `${ms(got.p50Ms)} / ${ms(got.p99Ms)}`, baseline: `${ms(base.p50Ms)} / ${ms(base.p99Ms)}` });
        await nodeStatic.stop();
        servers.splice(servers.indexOf(nodeStatic), 1);
      });

      await part('Memory of an instance under 20 concurrent exports', async () => {
        section(`Memory: instance A under 20 concurrent exports for ${EXPORT_SECONDS} s (PNG 1920×1080, PNG 3840×2160, JPEG 1920×1080 in turn; RSS of its node process every 100 ms)`);
        const memory = await exportMemory(a.origin, a.group.pid, EXPORT_SECONDS);
        log(`  peak RSS ${memory.peakRssMb.toFixed(0)} MB (from ${memory.startRssMb.toFixed(0)} MB, ${memory.samples} samples); ${formatStatuses(memory.statuses)}; rendered ${JSON.stringify(memory.rendered)}; p50 ${ms(memory.p50Ms)} p99 ${ms(memory.p99Ms)}; ${memory.errors} errors`);
        const sheds = Object.entries(memory.statuses).filter(([s]) => s !== '200' && s !== '503');
        rows.push({
          figure: 'peak RSS of the instance',
          measured: `${memory.peakRssMb.toFixed(0)} MB`,
          baseline: `${memory.startRssMb.toFixed(0)} MB before`,
          target: `≤ ${MEMORY_LIMIT_MB} MB`,
          result: verdict(memory.peakRssMb <= MEMORY_LIMIT_MB),
        });
        rows.push({
          figure: 'exports answered',
          measured: `${formatStatuses(memory.statuses)}, ${memory.errors} errors`,
          baseline: Object.entries(memory.rendered).map(([k, v]) => `${k} ×${v}`).join(', '),
          target: 'only 200 or 503 (shed)',
          result: verdict(sheds.length === 0 && memory.errors === 0 && (memory.statuses['200'] ?? 0) > 0),
        });
        await pause(3000);
      });
    }

    await part('A correction published through instance A, on its way through the edge', async () => {
      const result = await correctionPropagation(a.origin, edge.origin, { limitMs: 15_000 });
      log(`  PUT /api/claims/${result.claim} → data version ${result.dataVersion} (${result.version}) in ${result.putMs} ms`);
      section(`Correction of ${result.claim} through A (PUT, If-Match, change: correction → data version ${result.dataVersion}): time from sending it until the edge serves the new version`);
      for (const address of PROPAGATION_TARGETS) {
        const reached = result.reached[address];
        log(`  ${address}: ${reached === null ? `not within 15 s (last: ${result.lastSeen[address]})` : `${reached} ms`}`);
        rows.push({
          figure: address,
          measured: reached === null ? `> 15 s (${result.lastSeen[address]})` : `${(reached / 1000).toFixed(2)} s`,
          baseline: `PUT took ${result.putMs} ms`,
          target: `≤ ${PROPAGATION_LIMIT_MS / 1000} s`,
          result: verdict(reached !== null && reached <= PROPAGATION_LIMIT_MS),
        });
      }
    });

    await part('Content-Security-Policy in Chromium through the edge', async () => {
      section('CSP: Debian Chromium through the edge (securitypolicyviolation events; the policy: sha256 hashes, no nonce, no unsafe-inline/unsafe-eval in script-src)');
      for (const result of await cspInBrowser(edge.origin, ['/', '/embed', '/present/2'])) {
        log(`  ${result.path}: ${result.status}, ${result.violations.length} violations ${JSON.stringify(result.violations.slice(0, 3))}, console ${result.consoleReports.length}, ${result.hashes} hashes, ${result.problems.join('; ') || 'policy fine'}`);
        rows.push({
          figure: `${result.path}: violations; policy`,
          measured: `${result.violations.length + result.consoleReports.length}; ${result.problems.length ? result.problems.join(', ') : `${result.hashes} sha256 hashes, no nonce, no unsafe-*`}`,
          target: '0; hashes only',
          result: verdict(result.ok),
        });
        if (result.violations.length || result.consoleReports.length) notes.push(`CSP ${result.path}: ${[...result.violations, ...result.consoleReports].slice(0, 5).join(' | ')}`);
      }
    });

    if (!SHORT) {
      await part("The edge's behaviour", async () => {
        section("The edge's behaviour (deploy/nginx.conf's own promises)");
        for (const check of await edgeChecks(edge.origin, a.origin, brotli)) {
          log(`  ${check.name}: ${check.observed}`);
          rows.push({ figure: check.name, measured: check.observed, target: check.expected, result: verdict(check.ok) });
        }
      });
    }

    await part(`Instance B killed during ${FAILOVER_SECONDS} s of load through the edge`, async () => {
      const paths = ['/', '/embed', '/api/buildup'];
      section(`Failover: SIGKILL to instance B's process group during ${FAILOVER_SECONDS} s of load through the edge (50 connections, ${paths.join(', ')} in turn)`);
      const livePath = '/api/changes';
      const result = await failover(edge.origin, paths, livePath, FAILOVER_SECONDS, () => b.group.kill());
      // STALE and UPDATING are kept copies (the refresh they start is not the reader's answer).
      const upstream = ['MISS', 'EXPIRED', 'REVALIDATED', 'BYPASS', 'none'].reduce((sum, key) => sum + (result.cache[key] ?? 0), 0);
      loadLine('failover', result);
      loadLine(`beside it, ${livePath} (never kept by the edge) ×4`, result.live);
      log(`  killed at ${result.killedAtSeconds.toFixed(1)} s; B running afterwards: ${b.group.running()}; X-Cache ${JSON.stringify(result.cache)}`);
      rows.push({
        figure: 'failed requests (non-2xx/3xx + errors + timeouts)',
        measured: `${result.failed} of ${n0(result.requests)}`,
        baseline: `killed at ${result.killedAtSeconds.toFixed(1)} s; ${formatStatuses(result.statuses)}`,
        target: '0',
        result: verdict(result.failed === 0 && !b.group.running() && result.requests > 0),
      });
      rows.push({
        figure: 'answers by X-Cache',
        measured: Object.entries(result.cache).sort().map(([k, v]) => `${k} ${n0(v)}`).join(', '),
        baseline: `${n0(upstream)} answered by an instance`,
      });
      rows.push({
        figure: `beside it: ${livePath} at 4 connections (the edge never keeps it: every request meets an instance)`,
        measured: `${result.live.failed} failed of ${n0(result.live.requests)}`,
        baseline: `${formatStatuses(result.live.statuses)}; p99 ${ms(result.live.p99Ms)}`,
        target: '0',
        result: verdict(result.live.failed === 0 && result.live.requests > 0),
      });
      if (result.failed || result.live.failed) {
        // What nginx said about the failures, each kind of message once with how often (times and clients left out).
        const kinds = new Map<string, number>();
        for (const line of edge.errorLog()) {
          const kind = line.replace(/^\S+ \S+ /, '').replace(/\d+#\d+: (\*\d+ )?/, '').replace(/, (client|server|host): [^,]*/g, '');
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
        for (const [kind, count] of kinds) notes.push(`edge error log, ${count}×: ${kind}`);
      }
      rows.push({ figure: 'requests/s; latency p50 / p99', measured: `${n0(result.requestsPerSecond)}; ${ms(result.p50Ms)} / ${ms(result.p99Ms)}` });
    });
  } finally {
    log('\nStopping everything…');
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    for (const instance of instances.reverse()) await instance.stop().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
  }

  console.log('');
  printTable(rows);
  console.log(`Load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (${os.cpus().length} cores; anything else running on the machine weighs on every figure).`);
  for (const note of notes) console.log(`Note: ${note}`);
  const missed = rows.filter((r) => r.result === 'MISS');
  const met = rows.filter((r) => r.result === 'PASS');
  console.log(`\n${met.length} of ${met.length + missed.length} targets met${missed.length ? `; missed: ${missed.map((r) => r.figure).join('; ')}` : ''}.`);
  if (STRICT && missed.length) process.exit(1);
}

main().then(() => process.exit(0)).catch((error) => {
  console.error(error);
  process.exit(1);
});
