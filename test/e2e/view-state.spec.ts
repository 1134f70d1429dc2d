/** One view state from the address, given to every surface: the server-drawn map, the live map and the export. */
import { expect, test } from '@playwright/test';
import { map, waitForIdle } from './helpers';

test('layers hidden in the address are hidden in the first paint, on the live map and in the export', async ({ page }) => {
  await page.goto('/?hide=figures,cities#5/48.5/33');
  const underlay = map(page).locator('.map-underlay');
  await expect(underlay.locator('.bm-toggle-figures').first()).toBeHidden();
  await expect(underlay.locator('.bm-toggle-cities').first()).toBeHidden();
  await expect(underlay.locator('.bm-toggle-zone').first()).toBeVisible();
  await waitForIdle(page);
  await expect(map(page)).toHaveAttribute('data-hidden-layers', 'figures,cities');
  expect(await map(page).locator('button.callout--figure').count()).toBeGreaterThan(0);
  await expect(map(page).locator('button.callout--figure:visible')).toHaveCount(0);
  await expect(page.locator('.legend')).not.toContainText('Troops reported');
  await page.keyboard.press('e');
  const download = page.getByRole('dialog', { name: 'Export an image' }).getByRole('link', { name: 'Download' });
  await expect(download).toHaveAttribute('href', /[?&]hide=figures%2Ccities(&|$)/);
});

test('a toggle changed on the page reaches the first paint underneath, the legend and the export', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.getByLabel('Border zone').uncheck();
  await expect(page).toHaveURL(/\?hide=zone(#|$)/);
  await expect(map(page).locator('.map-underlay .bm-toggle-zone').first()).toBeHidden();
  await expect(page.locator('.legend')).not.toContainText('Russia within 200 km');
  await page.getByRole('button', { name: 'Export image' }).click();
  await expect(page.getByRole('dialog', { name: 'Export an image' }).getByRole('link', { name: 'Download' })).toHaveAttribute('href', /hide=zone/);
});

for (const path of ['/', '/embed']) {
  test(`${path} sends the server-drawn map once, its outlines by address, and no quote in the page's React payload`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    expect(html.match(/<path id="bm-figure-1"/g)).toHaveLength(1);
    // The countries are a shared document the page uses by address (geo/render/first-paint.ts).
    expect(html).toMatch(/<use href="\/map-shapes\/[0-9a-f]{8}\.svg#bm-c-UKR"/);
    expect(html).not.toContain('<path id="bm-c-UKR"');
    const payload = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    expect(payload).toContain('self.__next_f');
    expect(payload).not.toContain('bm-figure-1');
    // Claims travel summarised: the quotes and citations are markup the server renders, not script payload.
    expect(payload).toContain('deployed-90k');
    expect(payload).not.toContain('more than 90,000 Russian troops');
  });
}

for (const path of ['/sources', '/changes']) {
  test(`${path}?theme=dark themes the whole page on a light system, and its link back to the map keeps the theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${path}?theme=dark`);
    // The dark theme's page background (geo/style.ts bg #0b1118), on the body and not only on <main>.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(11, 17, 24)');
    await expect(page.getByRole('link', { name: /^← / })).toHaveAttribute('href', '/?theme=dark');
  });
}

test('an address that is no page says which, leads to the pages that are, and keeps ?theme=dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto('/presnt/3?theme=dark');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('No such page · Buildup Map');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
  await expect(page.locator('main code')).toHaveText('/presnt/3');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(11, 17, 24)');
  await expect(page.getByRole('link', { name: 'The map' })).toHaveAttribute('href', '/?theme=dark');
  await page.getByRole('link', { name: 'The sources' }).click();
  await expect(page).toHaveURL(/\/sources\?theme=dark$/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(11, 17, 24)');
  // Without the parameter, the system's light theme.
  await page.goto('/no-such-page');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(11, 17, 24)');
});
