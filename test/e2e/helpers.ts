import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { projectInBox } from '@/geo/mercator';

export const map = (page: Page) => page.getByTestId('map');

/** MapLibre is idle and its canvas has replaced the server-drawn map (so screenshots show the live map). */
export async function waitForIdle(page: Page) {
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  await expect(map(page)).toHaveAttribute('data-canvas', 'shown', { timeout: 30_000 });
}

/**
 * The dashboard has come alive: its Play button, inert in the HTML, is enabled by the page's script. On a phone the
 * scripts come after the first paint (after-first-paint.mjs), so a test that taps a control waits for this first,
 * as a viewer's tap before it does nothing (or follows a link, where the control is one).
 */
export async function waitForHydration(page: Page) {
  await expect(page.locator('.date-play')).toBeEnabled();
}

/** A browser with WebGL turned off, as some locked-down machines have it: every WebGL context asked for is refused. */
export async function withoutWebGl(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (/webgl/.test(kind)) return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
}

/** Where [lng, lat] lands inside the map element (Web Mercator as MapLibre draws it: geo/mercator.ts). */
export function project(view: { zoom: number; lat: number; lng: number }, size: { width: number; height: number }, lngLat: [number, number]) {
  return projectInBox(view, size.width, size.height, lngLat);
}

/** The colours (hex) of the pixels in a square around a point of a PNG screenshot, decoded by the browser. */
export async function coloursAround(page: Page, png: Buffer, point: { x: number; y: number }, radius = 6): Promise<string[]> {
  return page.evaluate(
    async ({ base64, x, y, radius }) => {
      // Decoded from bytes, not fetched from a data: URL, which the page's CSP (connect-src 'self') refuses.
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(Math.round(x) - radius, Math.round(y) - radius, radius * 2 + 1, radius * 2 + 1);
      const hex: string[] = [];
      for (let i = 0; i < data.length; i += 4) hex.push(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
      return hex;
    },
    { base64: png.toString('base64'), x: point.x, y: point.y, radius },
  );
}

export const mostCommon = (colours: string[]) => {
  const counts = new Map<string, number>();
  for (const c of colours) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
};

/** Distance between two hex colours in RGB space, to tolerate anti-aliasing. */
export function colourDistance(a: string, b: string) {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [p, q] = [rgb(a), rgb(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/**
 * Waits until the published data satisfies `ready` (a data file written by a test is imported within a second or
 * two: store/current.ts), so the next test starts from it.
 */
export async function waitForPublished(request: APIRequestContext, ready: (buildup: { claims: { id: string; value: number | null; claimant: string }[] }) => boolean) {
  await expect.poll(async () => ready(await (await request.get('/api/buildup')).json()), { timeout: 15_000, intervals: [250] }).toBe(true);
}
