import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_CLAIMS_FILE, E2E_SCENES_FILE } from '../../playwright.config';
import { map, waitForIdle } from './helpers';

test('when the geo API is unreachable the map says so with a retry, and the static map stays', async ({ page }) => {
  // On the context, not the page: the map's web workers fetch the layers, and a page route once let one of their
  // requests through (the map reached idle in a full run).
  await page.context().route('**/api/geo/**', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'error');
  await expect(map(page).getByRole('alert')).toContainText(/^The interactive map could not load its (countries|crimea|borders|zones|cities|labels) layer: check the connection, then Retry\. The map below is a static copy\./);
  await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
  await expect(page.locator('.headline-figures')).toContainText('90,000');
  await page.context().unroute('**/api/geo/**');
  await map(page).getByRole('button', { name: 'Retry' }).click();
  await waitForIdle(page);
  await expect(map(page).getByRole('alert')).toHaveCount(0);
});

test('when the geo API is slow the static map shows until the live map is ready', async ({ page }) => {
  await page.route('**/api/geo/countries', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto('/');
  await page.waitForTimeout(1000);
  await expect(map(page)).toHaveAttribute('data-map-state', 'loading');
  await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
  // The half-loaded live map stays transparent over the static one.
  await expect(map(page).locator('canvas.maplibregl-canvas')).toHaveCSS('opacity', '0');
  await expect(map(page)).toHaveAttribute('data-canvas', 'hidden');
  await waitForIdle(page);
  await expect(map(page).locator('canvas.maplibregl-canvas')).toHaveCSS('opacity', '1');
});

/** A second server of the same build, in its own process group so the test can stop and restart it. */
/** A server of the test's own, with a store of its own (a new data folder unless one is given). */
function startServer(port: number, env: Record<string, string> = {}): ChildProcess {
  const data = { BUILDUP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bm-store-')) };
  return spawn(process.execPath, ['server.mjs', '--port', String(port), '--host', '127.0.0.1'], { detached: true, stdio: 'ignore', env: { ...process.env, ...data, ...env } });
}
const stop = (server: ChildProcess) => server.pid && process.kill(-server.pid, 'SIGTERM');

test('a dashboard and a presenter left open across a server restart recover by themselves', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = 3100 + 50 + Math.floor(Math.random() * 40);
  const base = `http://127.0.0.1:${port}`;
  let server = startServer(port);
  try {
    const context = await browser.newContext();
    const dashboard = await context.newPage();
    const presenter = await context.newPage();
    await expect.poll(async () => (await dashboard.request.get(`${base}/api/buildup`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
    await dashboard.goto(`${base}/`);
    await presenter.goto(`${base}/present/2`);
    await waitForIdle(dashboard);

    stop(server);
    await expect(dashboard.getByText('Could not refresh the figures')).toBeVisible({ timeout: 20_000 });
    await expect(dashboard.locator('.headline-figures')).toContainText('90,000');
    await expect(presenter.locator('.caption h1')).toContainText('90,000');

    server = startServer(port);
    await expect(dashboard.getByText('Could not refresh the figures')).toBeHidden({ timeout: 40_000 });
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter).toHaveURL(/\/present\/3$/);
    await expect(presenter.locator('.caption h1')).toContainText('Crimea');
    await context.close();
  } finally {
    stop(server);
  }
});

test('when the map engine cannot be downloaded the map says so, and Retry fetches it again', async ({ page }) => {
  await page.route(/maplibre-gl\.[\w-]+\.mjs(\?attempt=\d+)?$/, (route) => route.abort('connectionreset'));
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'error');
  await expect(map(page).getByRole('alert')).toContainText('could not load its engine');
  await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
  await page.unroute(/maplibre-gl\.[\w-]+\.mjs(\?attempt=\d+)?$/);
  await map(page).getByRole('button', { name: 'Retry' }).click();
  await waitForIdle(page);
  await expect(map(page).getByRole('alert')).toHaveCount(0);
});

test.describe('data files that break', () => {
  const scenesCopy = readFileSync(E2E_SCENES_FILE, 'utf8');
  const claimsCopy = readFileSync(E2E_CLAIMS_FILE, 'utf8');
  test.afterEach(() => {
    writeFileSync(E2E_SCENES_FILE, scenesCopy);
    writeFileSync(E2E_CLAIMS_FILE, claimsCopy);
  });

  test('a broken scenes.json keeps the last good scenes on the stage and in scene exports', async ({ page, request }) => {
    await page.goto('/present/2');
    await expect(page.locator('.caption h1')).toContainText('90,000');
    writeFileSync(E2E_SCENES_FILE, '{ "scenes": [ { "id": "Broken" } ] }');
    const again = await page.goto('/present/2');
    expect(again!.status()).toBe(200);
    await expect(page.locator('.caption h1')).toContainText('90,000');
    expect((await request.get('/api/export?scene=2&width=300&height=200&format=svg')).status()).toBe(200);
  });

  test('a claims file missing for a moment (a save by rename) never produces an error answer', async ({ request }) => {
    renameSync(E2E_CLAIMS_FILE, `${E2E_CLAIMS_FILE}.saving`);
    try {
      for (const path of ['/api/buildup', '/', '/api/export?width=300&height=200&format=svg']) expect((await request.get(path)).status(), path).toBe(200);
    } finally {
      renameSync(`${E2E_CLAIMS_FILE}.saving`, E2E_CLAIMS_FILE);
    }
  });

  test('with no good data ever published, every answer is a 503 naming the file, never a 500', async ({ request }) => {
    test.setTimeout(90_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'bm-broken-'));
    const scenes = path.join(dir, 'scenes.json');
    const claims = path.join(dir, 'claims.json');
    writeFileSync(scenes, JSON.stringify({ scenes: [{ id: 'one', title: 'One', caption: 'One', camera: { fit: ['atlantis'] }, claims: [], highlight: null }] }));
    writeFileSync(claims, claimsCopy);
    const port = 3100 + 100 + Math.floor(Math.random() * 40);
    let server = startServer(port, { BUILDUP_SCENES_FILE: scenes, BUILDUP_CLAIMS_FILE: claims });
    try {
      // A new store is seeded from both files at once: a broken scenes file leaves it empty.
      await waitForServer(request, `http://127.0.0.1:${port}/api/geo/zones`);
      const present = await request.get(`http://127.0.0.1:${port}/present/1`, { maxRedirects: 0 });
      expect(present.status()).toBe(503);
      expect(await present.text()).toMatch(/^The data is unavailable: .*scenes\.json is not valid: scene "one": camera: must be /);
      const sceneExport = await request.get(`http://127.0.0.1:${port}/api/export?scene=1&format=svg`);
      expect(sceneExport.status()).toBe(503);
      expect((await sceneExport.json()).error).toMatch(/scenes\.json is not valid/);
      for (const route of ['/', '/api/buildup']) expect((await request.get(`http://127.0.0.1:${port}${route}`)).status(), route).toBe(503);
      stop(server);

      writeFileSync(claims, '{ "claims": [ broken');
      server = startServer(port, { BUILDUP_SCENES_FILE: scenes, BUILDUP_CLAIMS_FILE: claims });
      await waitForServer(request, `http://127.0.0.1:${port}/api/geo/zones`);
      for (const route of ['/', '/embed', '/api/buildup', '/api/export?width=300&height=200&format=svg']) {
        const answer = await request.get(`http://127.0.0.1:${port}${route}`);
        expect(answer.status(), route).toBe(503);
        expect(await answer.text(), route).toMatch(/claims\.json is not valid: is not valid JSON/);
      }
    } finally {
      stop(server);
    }
  });
});

async function waitForServer(request: import('@playwright/test').APIRequestContext, url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await request.get(url)).status() < 500 || i > 90) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
