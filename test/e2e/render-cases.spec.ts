/**
 * The browser cases of test/render/ (see test/render/cases.ts): the first paint before any script runs, and the live
 * MapLibre canvas beside the SVG renderer at the same view.
 */
import { expect, test, type Page } from '@playwright/test';
import { projectInBox } from '@/geo/mercator';
import { themes, type ColourToken } from '@/geo/style';
import { readViewHash } from '@/geo/view';
import { CHROMIUM, expectPngMatches, loadCases, RESVG } from '../render/cases';
import { colourDistance, map, waitForIdle } from './helpers';

/** The mean colour (hex) of a 13×13 square around a point of a PNG, decoded by the browser: two periods of a hatch. */
async function meanColour(page: Page, png: Buffer, point: { x: number; y: number }): Promise<string> {
  return page.evaluate(async ({ base64, x, y }) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(Math.round(x) - 6, Math.round(y) - 6, 13, 13);
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
    return `#${sum.map((v) => Math.round(v / (data.length / 4)).toString(16).padStart(2, '0')).join('')}`;
  }, { base64: png.toString('base64'), x: point.x, y: point.y });
}

for (const c of loadCases(['first-paint', 'parity'])) {
  const spec = c.spec;
  if (spec.surface === 'first-paint') {
    test.describe(() => {
      test.use({ javaScriptEnabled: false, colorScheme: spec.colorScheme, viewport: { width: spec.viewport[0], height: spec.viewport[1] } });
      test(`render case ${c.name}: the server-drawn map before any script runs`, async ({ page }) => {
        await page.goto(spec.path);
        const underlay = map(page).locator('.map-underlay');
        await expect(underlay.locator('> svg')).toBeVisible();
        // Coloured by the viewer's theme through CSS (no script ran), and what the address hides is hidden.
        const ukraine = underlay.locator('[data-layer="countries-fill"] use[*|href$="#bm-c-UKR"]');
        const rgb = await ukraine.evaluate((el) => getComputedStyle(el).fill);
        const hex = `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
        expect(hex).toBe(themes[spec.colorScheme].ukraine);
        const hidden = new URL(spec.path, 'http://x').searchParams.get('hide')?.split(',') ?? [];
        for (const toggle of ['figures', 'zone', 'cities']) {
          const groups = underlay.locator(`.bm-toggle-${toggle}`);
          expect(await groups.count(), toggle).toBeGreaterThan(0);
          if (hidden.includes(toggle)) await expect(groups.first(), `${toggle} hidden`).toBeHidden();
          else await expect(groups.first(), `${toggle} shown`).toBeVisible();
        }
        expectPngMatches(c, await underlay.screenshot(), CHROMIUM);
      });
    });
  } else if (spec.surface === 'parity') {
    test(`render case ${c.name}: the live map and the SVG renderer agree`, async ({ browser, request }) => {
      const context = await browser.newContext({ viewport: { width: spec.viewport[0], height: spec.viewport[1] } });
      const page = await context.newPage();
      await page.goto(spec.path);
      await waitForIdle(page);
      // Only the map's own pixels: no legend, no buttons over it.
      await page.addStyleTag({ content: '.legend, .callout, .maplibregl-control-container, .engine-start { visibility: hidden !important; }' });
      const box = (await map(page).boundingBox())!;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      const view = readViewHash(new URL(page.url()).hash)!;
      const url = new URL(page.url());
      const theme = url.searchParams.get('theme') ?? 'light';
      const query = new URLSearchParams({
        zoom: String(view.zoom), lat: String(view.lat), lng: String(view.lng), width: String(size.width), height: String(size.height),
        layout: 'map-only', format: 'png', theme, ...(url.searchParams.get('hide') ? { hide: url.searchParams.get('hide')! } : {}),
      });
      const drawn = await (await request.get(`/api/export?${query}`)).body();
      expectPngMatches(c, drawn, RESVG);
      const live = await map(page).screenshot();
      for (const sample of spec.samples) {
        const at = projectInBox(view, size.width, size.height, sample.lngLat);
        expect(at.x > 6 && at.y > 6 && at.x < size.width - 6 && at.y < size.height - 6, `${sample.name} lies inside the map`).toBe(true);
        const [onCanvas, inSvg] = [await meanColour(page, live, at), await meanColour(page, drawn, at)];
        expect(colourDistance(onCanvas, inSvg), `${sample.name}: live ${onCanvas}, SVG ${inSvg}`).toBeLessThan(spec.maxDistance);
        if (sample.colour) {
          const wanted = themes[theme as 'light'][sample.colour as ColourToken];
          expect(colourDistance(onCanvas, wanted), `${sample.name} on the live map: ${onCanvas}, expected ${sample.colour} ${wanted}`).toBeLessThan(spec.maxDistance);
          expect(colourDistance(inSvg, wanted), `${sample.name} in the SVG: ${inSvg}, expected ${sample.colour} ${wanted}`).toBeLessThan(spec.maxDistance);
        }
      }
      await context.close();
    });
  }
}
