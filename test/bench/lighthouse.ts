/**
 * Lighthouse 12 (programmatic API) in Debian's Chromium launched by chrome-launcher, for the mobile (default)
 * and desktop presets: four category scores and LCP, TBT, CLS, each the median over fresh browser runs.
 * Each pass runs in its own plain-node process (lighthouse-run.mjs says why).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './page-metrics';
import { median } from './stats';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

interface OneRun {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Lighthouse's own unthrottled load: its first contentful paint, ms. */
  observedFcpMs: number | null;
  failing: Record<Category, string[]>;
  /** The scripts with the most main-thread time, and the elements that shifted (first run). */
  bootup: string[];
  shifts: string[];
  warnings: string[];
}

export interface LighthouseFigures extends OneRun {
  preset: Preset;
  runs: number;
  error?: string;
}

const RUN_TIMEOUT_MS = 180_000;

function runOnce(url: string, preset: Preset): Promise<OneRun> {
  return new Promise((resolve, reject) => {
    const script = path.join(__dirname, 'lighthouse-run.mjs');
    const flags = JSON.stringify([...CHROMIUM_FLAGS, '--headless=new']);
    // Its own process group, so a stuck pass is stopped with its browser.
    const child = spawn(process.execPath, [script, url, preset, CHROMIUM_PATH, flags], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    };
    process.on('exit', killGroup);
    const timer = setTimeout(killGroup, RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', killGroup);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as OneRun);
      else reject(new Error(`${signal ?? `exit ${code}`}: ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no output'}`));
    });
  });
}

export async function measureLighthouse(url: string, preset: Preset, runs: number, log: (line: string) => void): Promise<LighthouseFigures> {
  const done: OneRun[] = [];
  let error: string | undefined;
  for (let i = 0; i < runs; i++) {
    try {
      const r = await runOnce(url, preset);
      done.push(r);
      log(`  ${preset} run ${i + 1}/${runs}: performance ${r.scores.performance}, LCP ${Math.round(r.lcpMs ?? NaN)} ms, TBT ${Math.round(r.tbtMs ?? NaN)} ms, CLS ${r.cls?.toFixed(3)}, observed first paint ${Math.round(r.observedFcpMs ?? NaN)} ms`);
    } catch (e) {
      error = (e as Error).message;
      log(`  ${preset} run ${i + 1}/${runs} failed: ${error}`);
    }
  }
  const perCategory = <T>(f: (c: Category) => T) => Object.fromEntries(CATEGORIES.map((c) => [c, f(c)])) as Record<Category, T>;
  return {
    preset,
    runs: done.length,
    scores: perCategory((c) => median(done.map((r) => r.scores[c]))),
    lcpMs: median(done.map((r) => r.lcpMs)),
    tbtMs: median(done.map((r) => r.tbtMs)),
    cls: median(done.map((r) => r.cls)),
    observedFcpMs: median(done.map((r) => r.observedFcpMs)),
    failing: done[0]?.failing ?? perCategory(() => []),
    bootup: done[0]?.bootup ?? [],
    shifts: done[0]?.shifts ?? [],
    warnings: [...new Set(done.flatMap((r) => r.warnings))],
    error: done.length ? undefined : error,
  };
}
