/**
 * Every process the scale test starts: in its own process group (spawned detached), tracked so an interrupted run
 * leaves nothing behind (test/support/process-group.ts), and stopped by signalling that group's id, never by name.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killGroup, stopGroup, track } from '../support/process-group';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Group {
  name: string;
  /** The group leader's pid, which is also the process group id. */
  pid: number;
  child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr together). */
  log: (lines?: number) => string;
  exited: Promise<void>;
  /** SIGTERM to the group (SIGKILL after `graceMs`), then waits for the leader to exit. */
  stop: (graceMs?: number) => Promise<void>;
  /** SIGKILL to the group at once (an instance dying), then waits for the leader to exit. */
  kill: () => Promise<void>;
  running: () => boolean;
}

const temporary = new Set<string>();
process.on('exit', () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder of this run's that goes when the run ends, even when it ends early (an error, Ctrl-C). */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `buildup-scale-${prefix.replace(/\W+/g, '-')}-`));
  temporary.add(dir);
  return dir;
}

export interface StartOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Written to standard input, which is then closed. */
  input?: string;
}

export function startGroup(name: string, command: string, args: string[], options: StartOptions = {}): Group {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const forget = track(child);
  const out: string[] = [];
  child.stdout!.on('data', (d) => out.push(String(d)));
  child.stderr!.on('data', (d) => out.push(String(d)));
  if (options.input !== undefined) child.stdin!.end(options.input);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      out.push(`${name} could not start: ${error.message}\n`);
      resolve();
    });
  });
  exited.then(forget);
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  const log = (lines = 30) => out.join('').split('\n').slice(-lines).join('\n');
  const stop = async (graceMs = 5000) => {
    if (!running()) return exited;
    await stopGroup(child, exited, graceMs);
  };
  const kill = async () => {
    killGroup(child, 'SIGKILL');
    await exited;
  };
  return { name, pid: child.pid ?? -1, child, log, exited, stop, kill, running };
}

/** Runs a command to completion in its own group; its output is shown only when it fails. */
export async function runToEnd(name: string, command: string, args: string[], options: StartOptions = {}): Promise<string> {
  const group = startGroup(name, command, args, options);
  await group.exited;
  if (group.child.exitCode !== 0) throw new Error(`${name} failed (${group.child.signalCode ?? `exit ${group.child.exitCode}`}):\n${group.log(40)}`);
  return group.log(200);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `url` answers with `ok(status)`, failing early when the process has exited. */
export async function waitForAnswer(group: Group, url: string, timeoutMs: number, ok: (status: number) => boolean = (status) => status === 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!group.running()) throw new Error(`${group.name} exited before answering ${url}:\n${group.log()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (ok(response.status)) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await pause(250);
  }
  throw new Error(`${group.name} did not answer ${url} within ${timeoutMs / 1000} s (${last}):\n${group.log()}`);
}

/** Resident memory of one process (VmRSS in /proc/PID/status), in kB; 0 once it is gone. */
export function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; gives the peak and the first sample, in MB. */
export function sampleRss(pid: number, everyMs = 100) {
  const first = rssKb(pid);
  let peak = first;
  let samples = 1;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKb(pid));
    samples++;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, rssKb(pid));
      return { peakMb: peak / 1024, startMb: first / 1024, samples };
    },
  };
}
