/**
 * The production server (server.mjs) for the load runner: in its own process group (so it and everything it spawns are stopped
 * by signalling the group, never by name), with its log kept for the report and its memory sampled.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_SERVER_ENV, appServerArgs } from '../support/app-server';
import { freePort, stopGroup, track } from '../support/process-group';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Server {
  origin: string;
  /** Also the process group id: the server was started detached. */
  pid: number;
  /** Lines the server has written so far; pass `from` to get only the newer ones. */
  lines(from?: number): string[];
  stop(): Promise<void>;
}

/** The build the server serves; the runner never builds, since a build takes minutes and may be someone else's. */
export function buildId(root = ROOT): string | null {
  const file = path.join(root, '.next', 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

export { freePort };


export async function startServer(root = ROOT): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, appServerArgs(root, port), {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...APP_SERVER_ENV, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const forget = track(child);
  const log: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    log.push(...parts);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    await stopGroup(child, exited, 10_000);
    forget();
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server.mjs exited:\n${log.slice(-30).join('\n')}`);
    try {
      const response = await fetch(`${origin}/api/buildup`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server.mjs did not answer /api/buildup within 90 s:\n${log.slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, pid: child.pid!, lines: (from = 0) => log.slice(from), stop };
}

/** Lines of a Next server log that report a problem (errors with their first line only, not the stack). */
export const isErrorLine = (line: string) => /⨯|error|uncaught|unhandled|\[export\]|\[buildup\]/i.test(line) && !/^\s+at /.test(line);

/** Resident memory of every process in a group, in kB: the total and the largest single process. */
export function groupRss(pgid: number): { totalKb: number; largestKb: number } {
  let totalKb = 0;
  let largestKb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its closing ')' do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0);
      totalKb += kb;
      largestKb = Math.max(largestKb, kb);
    } catch {
      // the process ended between listing and reading
    }
  }
  return { totalKb, largestKb };
}

/** Samples `groupRss` every `everyMs` until stopped; gives the peaks in MB. */
export function sampleRss(pgid: number, everyMs = 200) {
  let peakTotal = 0;
  let peakLargest = 0;
  const take = () => {
    const { totalKb, largestKb } = groupRss(pgid);
    peakTotal = Math.max(peakTotal, totalKb);
    peakLargest = Math.max(peakLargest, largestKb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakGroupMb: Math.round(peakTotal / 1024), peakServerMb: Math.round(peakLargest / 1024) };
    },
  };
}
