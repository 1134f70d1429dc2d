import { expect, type Page, test } from '@playwright/test';

/**
 * On a slow connection Inter arrives after the first paint. The page is set until then in a stand-in sized like it
 * (app/globals.css, sized for Arial's metrics, which this machine's Liberation Sans shares), so the swap moves
 * nothing. Before the stand-in, these swaps shifted the embed's legend by 0.13 of the screen and the changes page
 * on a phone by 0.47 (layout shift scores; 0.1 is what Core Web Vitals call poor).
 */
async function shiftsWhileInterArrives(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let released = false;
  await page.route('**/fonts/*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    released = true;
    await route.continue();
  });
  // Not until 'load', which waits for the fonts the page preloads.
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  // Before Inter: the stand-in (a local font) is what sets the page.
  expect(await page.evaluate(() => document.fonts.check('16px Inter'))).toBe(false);
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family === 'Inter Fallback' && f.status === 'loaded'))).toBe(true);
  // Then Inter arrives and takes over.
  await expect.poll(() => released && page.evaluate(() => document.fonts.check('16px Inter') && document.fonts.check('700 16px Inter')), { timeout: 15_000 }).toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

test('the embed on a laptop: its legend stays put when Inter arrives', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await shiftsWhileInterArrives(page, '/embed')).toBeLessThan(0.01);
});

test('the list of changes on a phone stays put when Inter arrives', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await shiftsWhileInterArrives(page, '/changes')).toBeLessThan(0.01);
});
