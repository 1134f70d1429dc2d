/**
 * What a reader's page asks the browser to run besides the map engine stays within the bench's budget, 150 KB gzip
 * (INITIAL_JS_GZIP, test/bench/budgets.ts), counted as the bench counts it (test/bench/page-metrics.ts): every
 * script the HTML names, gzip at level 6, MapLibre's own files left out. A size, not a timing: the same bytes on any
 * machine, so CI can hold it. Twice a change made for another page put the dashboard's over by a few bytes (a module
 * every page shares kept what only the other page used: 2 bytes, then 37), and only the bench, which CI does not
 * run, said so.
 */
import { expect, type Page, test } from '@playwright/test';
import { INITIAL_JS_GZIP } from '../bench/budgets';
import { PARSE_HTML } from '../bench/in-page';
import { isEngine } from '../bench/page-metrics';
import { compressedSizes } from '../bench/stats';

for (const path of ['/', '/embed', '/present/1']) {
  test(`${path} names at most ${INITIAL_JS_GZIP.toLocaleString('en')} bytes of script (gzip) besides the map engine`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    // The HTML's addresses are read as the bench reads them, by the browser's parser, against the app's origin.
    await page.goto('/icon.svg');
    const { scripts } = (await page.evaluate(`(${PARSE_HTML})(${JSON.stringify(html)})`)) as { scripts: string[] };
    const counted: string[] = [];
    let total = 0;
    for (const url of scripts) {
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      const body = await answer.body();
      if (isEngine(url, body)) continue;
      const { gzip } = compressedSizes(body);
      total += gzip;
      counted.push(`${new URL(url).pathname} ${gzip}`);
    }
    // The page's own chunks were found and counted: a parser that found none would pass any page.
    expect(counted.length, counted.join('\n')).toBeGreaterThanOrEqual(5);
    expect(total, `${total} bytes:\n${counted.join('\n')}`).toBeLessThanOrEqual(INITIAL_JS_GZIP);
  });
}

/** The page's chunk scripts, by path, as often as the page has one (each one runs). */
const chunkScripts = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/_next/static/chunks/"]')].map((s) => new URL(s.src).pathname));

for (const [device, options] of [['a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }], ['a laptop', { viewport: { width: 1280, height: 800 } }]] as const) {
  for (const path of ['/', '/embed', '/present/1']) {
    test(`on ${device}, ${path} runs each of its chunks once`, async ({ browser }) => {
      // On a phone the chunks come after the first paint (public/after-first-paint.js). React takes a chunk's script as
      // loaded only if it finds it by script[async][src]: the loader's had no async attribute, and React added three of
      // each page's chunks again, compiled and run a second time (12 ms of the dashboard's, 46 ms in Lighthouse's phone).
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(path);
      // Hydrated: React has taken over the map's box (it keeps its fiber on the element), and so has seen every chunk.
      await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('[data-testid="map"]') ?? {}).some((k) => k.startsWith('__reactFiber$'))), { timeout: 20_000 }).toBe(true);
      let before = -1;
      await expect.poll(async () => {
        const now = (await chunkScripts(page)).length;
        const settled = now === before;
        before = now;
        return settled;
      }, { intervals: [1000], timeout: 20_000 }).toBe(true);
      const scripts = await chunkScripts(page);
      expect(scripts.length, scripts.join('\n')).toBeGreaterThanOrEqual(5);
      expect(scripts.filter((src, i) => scripts.indexOf(src) !== i), 'chunks with a second script').toEqual([]);
      await context.close();
    });
  }
}
