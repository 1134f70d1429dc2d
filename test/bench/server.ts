/**
 * Server control: the production build, the app server (server.mjs) and the baseline's static server. Each server runs in
 * its own process group (`detached: true`) and is stopped by signalling that group's pid, never by name.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { APP_SERVER_ENV, appServerArgs } from '../support/app-server';
import { freePort, stopGroup, track } from '../support/process-group';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Quiet, offline and reproducible: no telemetry request leaves the machine. */
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

export interface Server {
  name: string;
  origin: string;
  port: number;
  pid: number;
  /** The last lines the process wrote, for error messages. */
  log: () => string;
  stop: () => Promise<void>;
}




export { freePort };

function tail(chunks: string[], max = 40): string {
  return chunks.join('').split('\n').slice(-max).join('\n');
}

/** Runs a command to completion, its output kept and shown only if it fails. */
export function runCommand(command: string, args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    const child = spawn(command, args, { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const forget = track(child);
    child.stdout!.on('data', (d) => out.push(String(d)));
    child.stderr!.on('data', (d) => out.push(String(d)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      forget();
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${tail(out)}`));
    });
  });
}

/** `npm run build`: the data check, then `next build` into `.next`. */
export const buildApp = () => runCommand('npm', ['run', 'build'], 'npm run build');

async function waitUntilAnswering(url: string, child: ChildProcess, out: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited before answering ${url}:\n${tail(out)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s:\n${tail(out)}`);
}

/** Starts a long-running server in its own process group and waits until `readyPath` answers. */
async function startServer(name: string, command: string, args: string[], port: number, readyPath: string, env: Record<string, string> = {}): Promise<Server> {
  const out: string[] = [];
  const child = spawn(command, args, { cwd: ROOT, env: { ...ENV, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const forget = track(child);
  child.stdout!.on('data', (d) => out.push(String(d)));
  child.stderr!.on('data', (d) => out.push(String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child, exited, 5000);
    forget();
  };
  try {
    await waitUntilAnswering(origin + readyPath, child, out, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, origin, port, pid: child.pid!, log: () => tail(out), stop };
}

/** The app's production server (server.mjs, as `npm start` runs it) on 127.0.0.1; on BENCH_APP_PORT when set (a machine that allows only some ports). */
export async function startApp(): Promise<Server> {
  const port = Number(process.env.BENCH_APP_PORT) || await freePort();
  return startServer('app', process.execPath, appServerArgs(ROOT, port), port, '/api/buildup', APP_SERVER_ENV);
}

/** The baseline's static folder, served gzipped by test/bench/baseline/serve.ts. */
export async function startBaseline(siteDir: string): Promise<Server> {
  const port = await freePort();
  const script = path.join(__dirname, 'baseline', 'serve.ts');
  return startServer('baseline', process.execPath, ['--import', 'tsx', script, siteDir, String(port)], port, '/');
}
