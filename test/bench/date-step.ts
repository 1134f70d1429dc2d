/**
 * What moving the date costs the viewer's browser. The dashboard steps through the dates with the slider's arrow key;
 * beside it the baseline page re-filters one layer (the least any map does to show another date). Both are measured
 * from one Chromium trace per page, step by step:
 * - main-thread work: every task on the page's main thread (script, style, layout, paint), less the time it waits
 *   for the compositor to take a frame;
 * - that wait ("commit"), apart: with software WebGL, as here, each frame of the map costs the main thread about
 *   150 ms of it, with a GPU about a millisecond; it is the same per frame for both pages, so frames per step say
 *   more than its milliseconds.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowser } from './page-metrics';
import { median } from './stats';

export interface StepFigures {
  label: string;
  steps: number;
  /** Median over the steps, ms. */
  workMs: number | null;
  framesPerStep: number | null;
  commitMs: number | null;
  error: string | null;
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { message?: string } } }

const STEPS = 12;
/** Time for a step's frames to finish before the next one. */
const SETTLE_MS = 700;
const MARK = 'bench-step';

/** Per step (between one mark and the next), the main thread's work, commits and frames. */
function perStep(events: TraceEvent[]): { work: number[]; commits: number[]; frames: number[] } {
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(MARK)).sort((a, b) => a.ts - b.ts);
  if (marks.length < 2) throw new Error(`the trace holds ${marks.length} step marks`);
  const main = `${marks[0].pid}:${events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === marks[0].pid && e.args?.name === 'CrRendererMain')?.tid}`;
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  // A trace without the main thread's tasks would read as no work at all: refuse it instead.
  if (!onMain.some((e) => e.name === 'RunTask')) throw new Error(`the trace holds no task of the page's main thread (${main})`);
  const within = (name: string, from: number, to: number) => onMain.filter((e) => e.name === name && e.ts >= from && e.ts < to);
  const total = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const work: number[] = [], commits: number[] = [], frames: number[] = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const [from, to] = [marks[i].ts, marks[i + 1].ts];
    const commit = within('Commit', from, to);
    work.push(total(within('RunTask', from, to)) - total(commit));
    commits.push(total(commit));
    frames.push(commit.length);
  }
  return { work, commits, frames };
}

async function measure(label: string, url: string, step: (page: Page, i: number) => Promise<void>, prepare?: (page: Page) => Promise<void>): Promise<StepFigures> {
  const browser = await launchBrowser();
  const tracePath = path.join(os.tmpdir(), `bench-date-step-${process.pid}-${label.replace(/\W+/g, '')}.json`);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 60_000, state: 'attached' });
    if (await page.getAttribute('[data-testid="map"]', 'data-canvas')) await page.waitForSelector('[data-testid="map"][data-canvas="shown"]', { timeout: 60_000, state: 'attached' });
    await prepare?.(page);
    await page.waitForTimeout(SETTLE_MS);
    await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i <= STEPS; i++) {
      await page.evaluate(`console.timeStamp('${MARK}-${i}')`);
      if (i < STEPS) {
        await step(page, i);
        await page.waitForTimeout(SETTLE_MS);
      }
    }
    await browser.stopTracing();
    const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
    const { work, commits, frames } = perStep(traceEvents);
    return { label, steps: work.length, workMs: median(work), framesPerStep: median(frames), commitMs: median(commits), error: null };
  } catch (error) {
    return { label, steps: 0, workMs: null, framesPerStep: null, commitMs: null, error: (error as Error).message.split('\n')[0] };
  } finally {
    rmSync(tracePath, { force: true });
    await browser.close();
  }
}

/** The dashboard from its first date on, one ArrowRight a step; the baseline re-filtering its cities. */
export async function measureDateSteps(appOrigin: string, baselineOrigin: string, log: (line: string) => void): Promise<StepFigures[]> {
  log(`Date steps (${STEPS} each, Chromium trace)…`);
  const app = await measure('app /', `${appOrigin}/`, (page) => page.keyboard.press('ArrowRight'), async (page) => {
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Home');
  });
  const baseline = await measure('baseline', `${baselineOrigin}/`, (page, i) => page.evaluate(`window.__benchStep(${i})`));
  return [app, baseline];
}
