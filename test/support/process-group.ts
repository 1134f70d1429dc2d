/**
 * Servers that scripts under test/ start: each in its own process group, stopped by signalling that group (never
 * by name), and all stopped when the script exits or is interrupted.
 */
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

const running = new Set<ChildProcess>();

export function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/**
 * Stops a group: `signal` (SIGTERM, or SIGINT for PostgreSQL's fast shutdown), then SIGKILL if it has not exited
 * after `graceMs`. Resolves once `exited` does.
 */
export async function stopGroup(child: ChildProcess, exited: Promise<unknown>, graceMs: number, signal: NodeJS.Signals = 'SIGTERM') {
  killGroup(child, signal);
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Remembers a started group so an interrupted run does not leave it behind; returns a function that forgets it. */
export function track(child: ChildProcess): () => void {
  running.add(child);
  return () => running.delete(child);
}

process.on('exit', () => running.forEach((child) => killGroup(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running.forEach((child) => killGroup(child, 'SIGKILL'));
    process.exit(130);
  });
}

/** A port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
