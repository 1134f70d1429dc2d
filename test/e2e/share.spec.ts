import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { map, waitForIdle } from './helpers';

test('everything the viewer chose is in the address, and Copy link copies it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?date=2021-12-06#5.5/48/35');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByLabel('Cities').uncheck();
  await page.locator('.headline-figures a.footnote').first().click();
  // The card's code arrives on its first opening: Escape closes the card once it is there.
  await expect(page.locator('dialog.source-card')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.source-card')).toBeHidden();
  await page.locator('.headline-figures li[data-claim="projected-175k"] a.footnote').click();
  await expect(page).toHaveURL(/\?date=2021-12-06&theme=dark&hide=cities&source=projected-175k#5\.5\/48\/35$/);
  await expect(page.locator('dialog.source-card')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Copy link' }).click();
  // With the size of the map the view was seen in: a phone opening it shows all of that view, not a piece of it.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?date=2021-12-06&theme=dark&hide=cities&frame=\d+x\d+#5\.5\/48\/35$/);
  // Each copy says what it copied: one "Copied." for both went unannounced the second time.
  const status = page.locator('.share-status');
  await expect(status).toHaveText('Link copied.');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(status).toHaveText('Embed code copied.');

  await page.goto('/?date=2021-12-06&theme=dark&hide=cities&source=projected-175k#5.5/48/35');
  await waitForIdle(page);
  await expect(page.locator('.dashboard')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Cities')).not.toBeChecked();
  await expect(map(page)).toHaveAttribute('data-hidden-layers', 'cities');
  await expect(page.locator('dialog.source-card')).toContainText('could eventually reach 175,000');
});

test('what a copy gave shows in a box under the header, over the page, until focus moves on', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await waitForIdle(page);
  const header = page.locator('.site-header');
  const before = { header: (await header.boundingBox())!, map: (await map(page).boundingBox())! };
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const box = page.locator('.share-output');
  await expect(box).toBeVisible();
  await expect(box.getByRole('status')).toHaveText('Embed code copied.');
  // The code is selected for copying by hand.
  await expect(page.getByLabel('Copied text')).toBeFocused();
  // In the header's flow it took the header from 88 px to 200 and moved the map down; as a grid's column it squeezed
  // the title to one word a line.
  expect((await header.boundingBox())!.height).toBe(before.header.height);
  expect((await map(page).boundingBox())!.y).toBe(before.map.y);
  expect((await page.locator('.site-header h1').boundingBox())!.height).toBeLessThan(40);
  // Below the header, over the page.
  expect((await box.boundingBox())!.y).toBeGreaterThan(before.header.y + before.header.height - 10);
  // Focus elsewhere puts it away; another copy brings it back.
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await expect(box).toBeHidden();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(box).toBeVisible();
  await expect(box.getByRole('status')).toHaveText('Link copied.');
  // Nobody chose the view the live map wrote into the address as it started: the link leaves it out, so the page it
  // opens fits the story to its own map (a laptop's view opened a phone on Kyiv, five numbers off the map).
  expect(page.url()).toMatch(/#\d/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/`);
  // Escape puts it away, focus back on the button that filled it.
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

test('with the keyboard: the embed code, then pinned to the data version, each said as copied, focus kept on the pin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await waitForIdle(page);
  const dataVersion = await page.evaluate(async () => (await (await fetch('/api/buildup')).json()).dataVersion as number);
  test.skip(dataVersion === 0, 'no published data version to pin to');
  await page.getByRole('button', { name: 'Copy embed code' }).focus();
  await page.keyboard.press('Enter');
  const box = page.locator('.share-output');
  await expect(box.getByRole('status')).toHaveText('Embed code copied.');
  await page.keyboard.press('Tab');
  const pin = box.getByLabel(`Pin to data version ${dataVersion} (later corrections will not show)`);
  await expect(pin).toBeFocused();
  await page.keyboard.press('Space');
  // The pinned code is copied and said to be; focus stays on the pin (it jumped back to the text).
  await expect(box.getByRole('status')).toHaveText('Pinned embed code copied.');
  await expect(pin).toBeChecked();
  await expect(pin).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`v=${dataVersion}`);
});

test('with the mouse on the pin\'s words, not its box: the code is pinned, and the box with it stays open', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?date=2022-01-28');
  await waitForIdle(page);
  const dataVersion = await page.evaluate(async () => (await (await fetch('/api/buildup')).json()).dataVersion as number);
  test.skip(dataVersion === 0, 'no published data version to pin to');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const box = page.locator('.share-output');
  await expect(box.getByRole('status')).toHaveText('Embed code copied.');
  // A press on the words took the focus out of the box, which then went away under the pointer: nothing was pinned.
  await box.getByText('(later corrections will not show)').click();
  await expect(box.getByRole('status')).toHaveText('Pinned embed code copied.');
  await expect(box.getByLabel(`Pin to data version ${dataVersion}`)).toBeChecked();
  await expect(box).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`v=${dataVersion}`);
});

test('junk in every parameter falls back to defaults and never breaks the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`/?theme=${encodeURIComponent('"><script>alert(1)</script>')}&hide=bogus,,figures,%00&source=javascript:alert(1)&source=2#zz/!!/%00`);
  expect(response?.status()).toBe(200);
  await waitForIdle(page);
  await expect(page.getByLabel('Troop figures')).not.toBeChecked();
  await expect(page.getByLabel('Cities')).toBeChecked();
  await expect(page.locator('dialog.source-card')).toBeHidden();
  await expect(page.locator('.headline-figures')).toContainText('169,000 to 190,000');
  expect(errors).toEqual([]);

  await page.goto(`/?hide=${'figures,'.repeat(400)}&theme=${'dark'.repeat(100)}`);
  await waitForIdle(page);
  await expect(page.getByLabel('Troop figures'), 'an oversize value is ignored whole').toBeChecked();
});

test('the embed code carries a view only when somebody chose it: not the one the live map wrote as it started', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?date=2022-01-28');
  await waitForIdle(page);
  await expect(page).toHaveURL(/#[\d.]+\/[\d.]+\/[\d.]+$/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  // The embed fits the story to its own frame, as its server-drawn map does: no jump when its live map starts.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`src="${baseURL}/embed?date=2022-01-28&theme=light" title=`);
  // Moved by the viewer (here by the wheel, which MapLibre's movestart carries no input event for): that view, and the
  // size of the map it was seen in.
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`src="${baseURL}/embed\\?date=2022-01-28&theme=light&frame=\\d+x\\d+#[\\d.]+/[\\d.]+/[\\d.]+"`));
});

test('on a phone, a view in the address goes into the embed code before the live map ever starts', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 839 }, isMobile: true, hasTouch: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  await page.goto('/?date=2022-01-28#6/50/36');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/embed\?date=2022-01-28&theme=light&frame=\d+x\d+#6\/50\/36"/);
  await context.close();
});

test('Copy embed code gives an iframe snippet that loads the embed on another origin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?theme=dark#5/49/32');
  await waitForIdle(page);
  // With the size of the map the view was seen in (before the copied text below the buttons moves it), so a frame of
  // any size shows all of that view.
  const box = (await page.locator('.dashboard .map').boundingBox())!;
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const seen = `${Math.round(box.width)}x${Math.round(box.height)}`;
  expect(snippet).toBe(`<iframe src="${baseURL}/embed?theme=dark&frame=${seen}#5/49/32" title="Map: Russia's troop buildup near Ukraine" data-buildup-map width="100%" height="760" frameborder="0" loading="lazy"></iframe>\n<script async src="${baseURL}/embed.js"></script>`);
  // Pinned to the data version on screen, for an article that must not change.
  const { dataVersion } = await (await page.request.get('/api/buildup')).json();
  // (The copied text under the buttons has made the map shorter: the code says the size it has now.)
  const now = (await page.locator('.dashboard .map').boundingBox())!;
  const seenNow = `${Math.round(now.width)}x${Math.round(now.height)}`;
  await page.getByLabel(`Pin to data version ${dataVersion}`).check();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`src="${baseURL}/embed?theme=dark&frame=${seenNow}&v=${dataVersion}#5/49/32"`);
  await expect(page.getByLabel('Copied text')).toHaveValue(new RegExp(`embed\\?theme=dark&frame=${seenNow}&v=${dataVersion}#`));

  // A newsroom's page on another origin: a real server on another loopback port (a page made up by the test
  // runner counts as public, and Chromium's local-network checks would block the frame before our headers).
  const newsroom = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><title>Article</title><h1>An article</h1>${snippet}`);
  });
  await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
  const { port } = newsroom.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/article`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  await expect(frame.locator('.embed-sources')).toContainText('169,000 to 190,000 (estimate, in and near Ukraine, with Belarus and Crimea, U.S. government');
  await expect(frame.locator('.embed-sources')).toContainText("147,000 (reported, with naval and air, Ukraine's officials");
  await expect(frame.locator('.site-header')).toHaveCount(0);
  await expect(frame.locator('.embed')).toHaveAttribute('data-theme', 'dark');
  newsroom.close();
});

test('only /embed may be framed by other sites', async ({ request }) => {
  for (const path of ['/', '/present/1', '/api/buildup']) {
    expect((await request.get(path)).headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  expect((await request.get('/embed')).headers()['content-security-policy']).toContain('frame-ancestors *');
});

test('the social preview image is drawn by the export renderer', async ({ page, request }) => {
  await page.goto('/');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
  // Pinned to the data version the page shows (`v=N`), so the preview is cached for good.
  expect(og).toMatch(/\/api\/export\?width=1200&height=630&format=png&v=[1-9]\d*$/);
  expect(twitter).toBe(og);
  const png = await (await request.get(new URL(og!).pathname + new URL(og!).search)).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
