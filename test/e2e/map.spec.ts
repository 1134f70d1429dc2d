import { expect, test } from '@playwright/test';
import { themes } from '@/geo/style';
import { colourDistance, coloursAround, map, mostCommon, project, waitForIdle } from './helpers';

const light = themes.light;

test('the map reaches idle and no request leaves the app’s origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('/');
  await waitForIdle(page);
  await expect(map(page).locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByText('Boundaries: Natural Earth')).toBeVisible();
  await expect(map(page).locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.locator('.legend')).toContainText('Crimea: Ukrainian, occupied by Russia since 2014');
  expect(foreign).toEqual([]);
});

test('the zoom buttons take the theme: the dark theme’s panel colour, with icons in its text colour', async ({ page }) => {
  await page.goto('/?theme=dark');
  await waitForIdle(page);
  const group = map(page).locator('.maplibregl-ctrl-group');
  // MapLibre's own were white (#fff) with grey icons, a bright patch on the dark map.
  await expect(group).toHaveCSS('background-color', 'rgb(19, 27, 36)');
  await expect(group.locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')).toHaveCSS('background-image', /rgb\(242, 242, 242\)/);
});

test('a laptop window holds the whole dashboard: the foot of the map, its scale bar and data credit, is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForIdle(page);
  // The columns were once the window less a guessed 72 px of header; the header is 106 px here, so the page was 834.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(800);
  await expect(page.locator('.map-credit')).toBeInViewport({ ratio: 1 });
  await expect(map(page).locator('.maplibregl-ctrl-scale')).toBeInViewport({ ratio: 1 });
});

test('a wide window asks for the engine from the HTML, fetches it once, and shows the canvas only once drawn', async ({ page }) => {
  const engine: string[] = [];
  page.on('request', (r) => /maplibre-gl/.test(r.url()) && engine.push(r.url()));
  const response = await page.goto('/');
  const html = await response!.text();
  // A module preload (after-first-paint.mjs, modulePreloads): compiled as it streams in, not when the page imports it.
  const preload = html.match(/<link rel="modulepreload" href="([^"]*maplibre-gl\.[\w-]+\.mjs)" crossorigin=""[^>]*media="\(min-width: 1024px\)"/);
  expect(preload, 'the head preloads the engine for wide windows').not.toBeNull();
  expect(html).not.toMatch(/<link rel="preload"[^>]*maplibre/);
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  const canvas = map(page).locator('canvas.maplibregl-canvas');
  await expect(map(page)).toHaveAttribute('data-canvas', 'shown', { timeout: 10_000 });
  await expect(canvas).toHaveCSS('opacity', '1');
  const scripts = engine.filter((url) => !url.includes('worker'));
  expect(scripts, 'one copy of the engine, the preloaded file').toEqual([new URL(preload![1], page.url()).href]);
  expect(engine.filter((url) => url.includes('worker'))).toHaveLength(1);
});

test('once idle, the live map draws no more frames until the viewer does something', async ({ page }) => {
  // Every animation frame the page asks for, and when: MapLibre draws only in one. Each costs 100–200 ms of
  // software WebGL here; the fence given after `load` once made the names fade in over about 40 frames after idle.
  await page.addInitScript({ content: `
    window.__frames = [];
    const ask = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => { window.__frames.push(performance.now()); return ask(callback); };
  ` });
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  const idleAt = await page.evaluate(() => performance.now());
  await expect(map(page)).toHaveAttribute('data-canvas', 'shown', { timeout: 10_000 });
  await page.waitForTimeout(1500);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  expect(frames.length, 'the map drew before its idle').toBeGreaterThan(5);
  expect(frames.filter((t) => t > idleAt).map((t) => Math.round(t - idleAt)), 'frames asked for after idle (ms after it)').toEqual([]);
});

test('the live map compiles no sky program: a flat map never shows one, and its background covers the pass', async ({ page }) => {
  // Each program's fragment shader as linked, read off WebGL itself, so the test sees what MapLibre compiled.
  await page.addInitScript({ content: `
    window.__fragments = [];
    const sources = new WeakMap();
    const shaderSource = WebGL2RenderingContext.prototype.shaderSource;
    WebGL2RenderingContext.prototype.shaderSource = function (shader, text) { sources.set(shader, text); return shaderSource.call(this, shader, text); };
    const link = WebGL2RenderingContext.prototype.linkProgram;
    WebGL2RenderingContext.prototype.linkProgram = function (program) {
      for (const shader of this.getAttachedShaders(program) ?? []) {
        const text = sources.get(shader) ?? '';
        if (!text.includes('gl_Position')) window.__fragments.push(text);
      }
      return link.call(this, program);
    };
  ` });
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  const fragments = await page.evaluate(() => (window as unknown as { __fragments: string[] }).__fragments);
  // The fills, lines and names it does draw (MapLibre's own uniforms name them).
  expect(fragments.some((f) => f.includes('u_is_text')), 'the names’ program').toBe(true);
  expect(fragments.length).toBeGreaterThan(5);
  expect(fragments.filter((f) => f.includes('u_sky_color')).map((f) => f.slice(0, 40)), 'programs for the sky').toEqual([]);
  // A lost WebGL context, once restored, comes with a new painter: it compiles its programs again, still without a sky.
  await page.evaluate(async () => {
    const lose = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    lose.loseContext();
    await new Promise((resolve) => setTimeout(resolve, 300));
    lose.restoreContext();
  });
  const again = () => page.evaluate(() => (window as unknown as { __fragments: string[] }).__fragments);
  await expect.poll(async () => (await again()).length, { timeout: 15_000 }).toBeGreaterThan(fragments.length + 5);
  expect((await again()).filter((f) => f.includes('u_sky_color')).map((f) => f.slice(0, 40)), 'programs for the sky after a restored context').toEqual([]);
});

test('the page asks for the claims once: its first fetch takes what the head’s preload brought while it is fresh', async ({ page }) => {
  const asked: number[] = [];
  let preloaded = 0;
  page.on('request', (r) => new URL(r.url()).pathname === '/api/buildup' && asked.push(Date.now()));
  page.on('requestfinished', (r) => new URL(r.url()).pathname === '/api/buildup' && !preloaded && (preloaded = Date.now()));
  await page.goto('/');
  await expect(map(page).locator('canvas.maplibregl-canvas')).toBeAttached({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  expect(preloaded).toBeGreaterThan(0);
  // The head preloads it (MapPreloads); the page's first fetch, as its scripts run (components/data/use-buildup.ts),
  // takes that answer, and the hook's first load takes the fetch. The page used to ask again after hydrating, 0.5 s
  // after the preload's answer here: its fetch sent a header of its own, and the answer's max-age=0 made Chromium
  // revalidate it. A page whose scripts run more than a second later may ask again, rightly (max-age=2, `Date` in whole seconds).
  const again = asked.slice(1).filter((at) => at < asked[0] + 2500);
  expect(again.filter((at) => at - preloaded < 900), 'asked again while the preloaded answer was fresh').toEqual([]);
});

test('every script the page starts with carries V8’s compile hint (scripts/compile-hints.mjs); the engine, imported later, does not', async ({ page, request }) => {
  const html = await (await page.goto('/'))!.text();
  const chunks = html.match(/data-chunks="([^"]*)"/)![1].split(' ');
  expect(chunks.length).toBeGreaterThan(3);
  for (const name of chunks) {
    const script = await (await request.get(`/_next/static/chunks/${name}`)).text();
    expect(script.slice(0, 29), name).toBe('//# allFunctionsCalledOnLoad\n');
  }
  const engine = html.match(/href="([^"]*maplibre-gl\.[\w-]+\.mjs)"/)![1];
  expect((await (await request.get(engine)).text()).startsWith('//# allFunctionsCalledOnLoad')).toBe(false);
});

test('Crimea is drawn unlike Russia and unlike mainland Ukraine', async ({ page }) => {
  const view = { zoom: 6, lat: 46, lng: 34.5 };
  await page.goto(`/?theme=light#${view.zoom}/${view.lat}/${view.lng}`);
  await waitForIdle(page);
  // A laptop's map starts with the legend folded (below), out of the pixels read here.
  await expect(page.locator('.legend ul')).toBeHidden();
  const box = (await map(page).boundingBox())!;
  const png = await map(page).screenshot();
  const at = (lngLat: [number, number]) => coloursAround(page, png, project(view, box, lngLat));

  const crimea = await at([34.1, 45.45]);
  const russia = mostCommon(await at([38.6, 45.2]));
  const ukraine = mostCommon(await at([33.2, 47.3]));

  expect(colourDistance(russia, light.russia)).toBeLessThan(12);
  expect(colourDistance(ukraine, light.ukraine)).toBeLessThan(12);
  const hatchPixels = crimea.filter((c) => colourDistance(c, light.crimeaHatch) < 40).length;
  const ukrainePixels = crimea.filter((c) => colourDistance(c, light.ukraine) < 20).length;
  expect(hatchPixels, 'Crimea shows its hatching').toBeGreaterThan(10);
  expect(ukrainePixels, 'Crimea keeps Ukraine’s colour between the hatches').toBeGreaterThan(10);
  expect(crimea.filter((c) => colourDistance(c, light.russia) < 12).length, 'Crimea is never filled as Russia').toBe(0);
});

test('a copied link reopens the same view', async ({ page }) => {
  await page.goto('/#6.5/47.2/35.1');
  await waitForIdle(page);
  await expect(page).toHaveURL(/#6\.5\/47\.2\/35\.1$/);
});

for (const junk of ['#abc/def', '#9999/1e400/NaN', '#4/"><img src=x onerror=alert(1)>/3', '#-5/200/500']) {
  test(`a malformed hash (${junk}) renders the default view`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/${junk}`);
    await waitForIdle(page);
    await expect(page).toHaveURL(/#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);
    const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
    expect(zoom).toBeGreaterThan(3.9);
    expect(zoom).toBeLessThan(5.5);
    expect(Math.abs(lat - 49.9)).toBeLessThan(1);
    expect(Math.abs(lng - 31.25)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });
}

/** A screenshot once the map has stopped changing (a toggle's labels fade in over 300 ms). */
async function settledScreenshot(page: import('@playwright/test').Page): Promise<Buffer> {
  let last = await page.screenshot();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(300);
    const next = await page.screenshot();
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('the map kept changing for 9 s');
}

for (const [view, where] of [['', 'at the start'], ['#3.6/52/30', 'zoomed out, where callouts stand apart']] as const) test(`no city name is drawn under a numbered callout on the live map ${where}: names give way to callouts, as in the SVG`, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${view}`);
  await waitForIdle(page);
  const callouts = map(page).locator('button.callout:visible');
  // Nine figures and statements, and the invasion (36) on Ukraine.
  await expect(callouts).toHaveCount(10);
  // Zoomed out, 25 and 26 are moved apart: the names' clearance must have moved with them.
  if (view) await expect(callouts.filter({ hasText: /^25$/ })).not.toHaveCSS('translate', 'none');
  const centres = await callouts.evaluateAll((buttons) => buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { label: b.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }));
  // The callouts are buttons over the canvas: set them aside to see what the map draws under them.
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('button.callout').forEach((b) => { b.style.visibility = 'hidden'; }));
  const withCities = await settledScreenshot(page);
  await page.getByRole('checkbox', { name: 'Cities' }).uncheck();
  await expect(page).toHaveURL(/hide=cities/);
  const withoutCities = await settledScreenshot(page);
  expect(withCities.equals(withoutCities)).toBe(false);
  // Inside each callout's circle, the map with city names is the map without them (Simferopol was under 14 here, and
  // Minsk under 25 in the embed).
  for (const centre of centres) {
    expect(await coloursAround(page, withCities, centre, 10), `under callout ${centre.label}`).toEqual(await coloursAround(page, withoutCities, centre, 10));
  }
});

// 25 (nearly 5,000 troops in Belarus) and 26 (30,000 planned there) stand on concentric rims 65 km apart: zoomed
// out, or in the presenter's larger type, 26 covered most of 25, and a finger meant for one found the other.
test('numbered callouts that would overlap stand apart on the live map, and go back to their rims zoomed in', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#3.6/52/30');
  await waitForIdle(page);
  const callouts = () => map(page).locator('button.callout:visible').evaluateAll((buttons) => buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { label: b.textContent!, x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width, translate: getComputedStyle(b).translate };
  }));
  const shown = await callouts();
  expect(shown.find((c) => c.label === '25')!.translate, '25 is moved aside').not.toBe('none');
  for (const a of shown) {
    for (const b of shown) {
      if (a.label < b.label) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.label} and ${b.label}`).toBeGreaterThanOrEqual(a.size);
    }
  }
  // Zoomed in, the rims are far enough apart: each callout is back on its own.
  await page.evaluate(() => { window.location.hash = '#6/53.5/28'; });
  await expect.poll(async () => (await callouts()).filter((c) => ['25', '26'].includes(c.label)).map((c) => c.translate)).toEqual(['none', 'none']);
});

/**
 * The numbers on the map that something else covers at their centre: the server-drawn map's, or once the live map's
 * canvas shows (within a second on a warm server), its buttons, which the canvas then lies over the others.
 */
const coveredCallouts = (page: import('@playwright/test').Page) => page.evaluate(() => {
  const live = document.querySelector('[data-testid="map"]')?.getAttribute('data-canvas') === 'shown';
  const marks = [...document.querySelectorAll<HTMLElement | SVGGElement>(live ? '.map-canvas button.callout' : '.map-underlay .callout')];
  return marks
    .filter((mark) => mark.getBoundingClientRect().width > 0 && mark.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
    .filter((mark) => {
      const r = mark.getBoundingClientRect();
      return !mark.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    })
    .map((mark) => (live ? mark.textContent : mark.dataset.footnote));
});

for (const [path, width, height] of [['/', 1280, 800], ['/', 1024, 768], ['/embed', 1280, 800]] as const) {
  test(`in a ${width}x${height} window, ${path} starts with its legend folded and every number on the map in sight`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    const legend = page.getByRole('button', { name: 'Legend' });
    await expect(page.locator('.legend ul')).toBeHidden();
    // Open, it covered callout 15 (the eastern flank) at every laptop size, and 25 and 26 too at 1024x768.
    expect(await coveredCallouts(page)).toEqual([]);
    await expect(legend).toBeEnabled();
    await legend.click();
    await expect(page.locator('.legend ul')).toBeVisible();
    await expect(legend).toHaveAttribute('aria-expanded', 'true');
  });
}

for (const [width, height] of [[1280, 800], [1024, 768]] as const) {
  test(`in a ${width}x${height} window the header takes two rows: title and actions, then the subtitle`, async ({ page }) => {
    // Beside the actions the subtitle took two lines and pushed "Dark theme" onto a third row: 106 px of the map's height.
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const tops = await page.locator('.header-actions button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops).toHaveLength(4);
    expect(new Set(tops).size).toBe(1);
    const subtitle = await page.locator('.subtitle').evaluate((p) => ({ height: p.getBoundingClientRect().height, line: parseFloat(getComputedStyle(p).lineHeight) }));
    expect(subtitle.height).toBeLessThan(subtitle.line * 1.5);
    expect(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(90);
  });
}

test('in a 1920x1080 window the legend starts open, clear of every number on the map', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.locator('.legend ul')).toBeVisible();
  expect(await coveredCallouts(page)).toEqual([]);
});

test('while the live map cannot yet draw, a click on a number of the server-drawn map opens its source card', async ({ page }) => {
  // The map's data held back: the engine has made its canvas, hidden until drawn. That invisible canvas lay over the
  // server-drawn map and took every click meant for its numbers, for the second or more the engine needs to draw.
  await page.route('**/api/geo/**', () => undefined);
  await page.goto('/');
  await expect(map(page).locator('.map-canvas canvas.maplibregl-canvas')).toHaveCount(1);
  await expect(map(page)).toHaveAttribute('data-canvas', 'hidden');
  await map(page).locator('.map-underlay .callout[data-footnote="33"] a').click({ timeout: 5_000 });
  const card = page.getByRole('dialog');
  await expect(card).toContainText('169,000');
  await expect(page).toHaveURL(/[?&]source=carpenter-169-190k/);
});

test('a map made taller and short again shows the whole region again, unless the viewer chose a view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForIdle(page);
  const zoom = async () => Number(/^#([\d.]+)\//.exec(await page.evaluate(() => window.location.hash))?.[1]);
  await expect.poll(zoom).toBeGreaterThan(0);
  const start = await zoom();
  // Taller: MapLibre zooms in to keep the region's bounds filling the map.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await expect.poll(zoom).toBeGreaterThan(start + 0.1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(zoom).toBeCloseTo(start, 2);
  // A view the viewer chose stays theirs.
  await map(page).locator('canvas.maplibregl-canvas').hover();
  await page.mouse.wheel(0, -300);
  await expect.poll(zoom).toBeGreaterThan(start + 0.2);
  const chosen = await zoom();
  await page.setViewportSize({ width: 1300, height: 800 });
  await page.waitForTimeout(300);
  expect(await zoom()).toBeCloseTo(chosen, 2);
});
