import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { map, waitForIdle } from './helpers';

test('when the geo API is unreachable the map says so with a retry, and the static map stays', async ({ page }) => {
  await page.route('**/api/geo/**', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'error');
  await expect(map(page).getByRole('alert')).toContainText('could not load its data');
  await expect(map(page).locator('.map-underlay svg')).toBeVisible();
  await expect(page.locator('.headline-figures')).toContainText('90,000');
  await page.unroute('**/api/geo/**');
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
  await expect(map(page).locator('.map-underlay svg')).toBeVisible();
  // The half-loaded live map stays transparent over the static one.
  await expect(map(page).locator('canvas.maplibregl-canvas')).toHaveCSS('opacity', '0');
  await expect(map(page)).toHaveAttribute('data-canvas', 'hidden');
  await waitForIdle(page);
  await expect(map(page).locator('canvas.maplibregl-canvas')).toHaveCSS('opacity', '1');
});

/** A second server of the same build, in its own process group so the test can stop and restart it. */
function startServer(port: number): ChildProcess {
  return spawn(process.execPath, ['server.mjs', '--port', String(port), '--host', '127.0.0.1'], { detached: true, stdio: 'ignore', env: process.env });
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
  await page.route(/maplibre-gl\.[\w-]+\.mjs$/, (route) => route.abort('connectionreset'));
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'error');
  await expect(map(page).getByRole('alert')).toContainText('could not load its engine');
  await expect(map(page).locator('.map-underlay svg')).toBeVisible();
  await page.unroute(/maplibre-gl\.[\w-]+\.mjs$/);
  await map(page).getByRole('button', { name: 'Retry' }).click();
  await waitForIdle(page);
  await expect(map(page).getByRole('alert')).toHaveCount(0);
});
