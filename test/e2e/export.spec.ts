import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { readJpegComments } from '@/geo/render/jpeg-comments';
import { readTextChunks } from '@/geo/render/png-text';
import { waitForHydration, waitForIdle } from './helpers';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('the export dialog downloads the view on screen at the chosen size, with its sources inside', async ({ page, baseURL }) => {
  await page.goto('/#5/48.5/33');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Size').selectOption('social-card');
  await expect(dialog.getByRole('img', { name: 'Preview of the 1200 × 675 export' })).toBeVisible();
  await expect.poll(() => dialog.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const link = dialog.getByRole('link', { name: 'Download' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  // A feed's size heads the picture with the latest figures in large type unless told not to; on this card they would
  // cost sources (the two 175,000 plans' among them), so they give way, the dialog says so, and the file name does not
  // claim them.
  expect(download.suggestedFilename()).toBe('russias-troop-buildup-near-ukraine_2022-02-24_1200x675.png');
  await expect(dialog.locator('.export-status')).toHaveText('Downloaded russias-troop-buildup-near-ukraine_2022-02-24_1200x675.png.');
  await expect(dialog.locator('.export-figures')).toContainText('without shrinking its map or leaving sources out');
  await expect(dialog.locator('.export-unlisted')).toHaveCount(0);
  // The address the image prints for its sources is the server's public address (BUILDUP_PUBLIC_URL), unset here: then
  // the one this page was asked at, so the dialog has nothing to warn of (it printed http://localhost, or the
  // http://0.0.0.0 the server listens on, and the dialog warned).
  await expect(dialog.locator('.export-address')).toHaveCount(0);
  // The link's address (the file is fetched, then saved) pins the data version on screen, so it is the same picture
  // for good and cached as such.
  const address = new URL((await link.getAttribute('href'))!, page.url());
  expect(address.searchParams.get('v')).toMatch(/^[1-9]\d*$/);
  // And it says how large the map on screen was, so the image shows what that map showed.
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(address.searchParams.get('frame')).toBe(`${Math.round(map.width)}x${Math.round(map.height)}`);
  expect((await page.request.get(address.href)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const png = readFileSync((await download.path())!);
  expect(pngSize(png)).toEqual({ width: 1200, height: 675 });
  const text = readTextChunks(png);
  expect(text.Title).toBe("Russia's troop buildup near Ukraine");
  expect(text.Source).toContain('RFE/RL, written before the 7 December 2021 videoconference (read in a republication by US News, 18 January 2022)');
  // The picture is of one data version: the address it prints for its sources lists that version as published (the
  // dashboard's address, once printed here, shows the latest, which a correction may change).
  const version = address.searchParams.get('v');
  expect(text.Permalink).toBe(`${new URL(baseURL!).origin}/sources?v=${version}`);
  const sourcesPage = await page.request.get(`/sources?v=${version}`);
  expect(sourcesPage.status()).toBe(200);
  expect(await sourcesPage.text()).toContain(`(version ${version})`);
});

test('the dialog warns when the image prints another address than the site\'s (a proxy that passes its own)', async ({ page, baseURL }) => {
  // As a server behind a proxy would draw it: the address the proxy asked, not the reader's.
  await page.route(/\/api\/export\?.*format=svg/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll(new URL(baseURL!).origin, 'http://localhost:3000');
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await expect(dialog.locator('.export-address')).toHaveText(`The image prints http://localhost:3000 as the address of its sources, not this site's ${new URL(baseURL!).origin}: ask whoever runs Buildup Map to set its public address (BUILDUP_PUBLIC_URL).`);
});

test('a Download pressed before the preview has come is named for the picture the server drew', async ({ page }) => {
  await page.goto('/#5/48.5/33');
  await waitForIdle(page);
  // The preview (an SVG) held back: the dialog cannot yet know that the social card's figures give way.
  await page.route(/\/api\/export\?.*format=svg/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue().catch(() => undefined);
  });
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('social-card');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download' }).click()]);
  // It was named …_figures_… for a card that draws none.
  expect(download.suggestedFilename()).toBe('russias-troop-buildup-near-ukraine_2022-02-24_1200x675.png');
});

test('a picture of a zoomed-in view is named by the place it is about, in the dialog and as downloaded', async ({ page }) => {
  await page.goto('/#6.5/48.2/37.8');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('slide-hd');
  // The name comes with the preview (its metadata names the place): a view of the Donbas and one of the whole story
  // were both …_2022-02-24_1920x1080.png, the second saved over the first.
  await expect(dialog.locator('figcaption')).toContainText('russias-troop-buildup-near-ukraine_2022-02-24_around-donetsk_1920x1080.png');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('russias-troop-buildup-near-ukraine_2022-02-24_around-donetsk_1920x1080.png');
});

test('a JPEG from the dialog: its size, full-resolution colour, and its title and sources as UTF-8 comments', async ({ page }) => {
  await page.goto('/#5/48.5/33');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('slide-hd');
  await dialog.getByLabel('Format').selectOption('jpeg');
  await expect(dialog.getByLabel('Transparent background (PNG or SVG only)')).toBeDisabled();
  await dialog.getByLabel('Title', { exact: true }).fill('Київ: the buildup');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toMatch(/_1920x1080\.jpe?g$/);
  // What the JPEG font cannot draw is refused by the server, and said in the dialog rather than saved as nothing.
  await dialog.getByLabel('Title', { exact: true }).fill('مرحبا: the buildup');
  // Said before the download is tried, from the preview's answer (it was said only once Download was pressed).
  await expect(dialog.locator('.export-preview .export-problems')).toHaveText(/^title has characters the JPEG font cannot draw: "م", /);
  await dialog.getByRole('link', { name: 'Download' }).click();
  await expect(dialog.getByRole('status')).toContainText('Not downloaded: ');
  await expect(dialog.getByRole('status')).toContainText('title has characters the JPEG font cannot draw');
  const jpeg = readFileSync((await download.path())!);
  const { format, width, height, chromaSubsampling } = await sharp(jpeg).metadata();
  expect({ format, width, height, chromaSubsampling }).toEqual({ format: 'jpeg', width: 1920, height: 1080, chromaSubsampling: '4:4:4' });
  const comments = readJpegComments(jpeg);
  expect(comments).toContain('Title: Київ: the buildup');
  expect(comments.find((c) => c.startsWith('Source: '))).toContain('RFE/RL, written before the 7 December 2021 videoconference');
});

test('the dialog offers the map alone, with its data credit and no title to fill in', async ({ page }) => {
  await page.goto('/#5/48.5/33');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Picture').selectOption({ label: 'The map alone, with its data credit' });
  await expect(dialog.getByLabel('Title')).toHaveCount(0);
  await dialog.getByLabel('Format').selectOption('svg');
  const href = await dialog.getByRole('link', { name: 'Download' }).getAttribute('href');
  expect(new URL(href!, page.url()).searchParams.get('layout')).toBe('map-only');
  const svg = await (await page.request.get(href!)).text();
  expect(svg).toContain('<g id="map-credit">');
  expect(svg).toContain('Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)</text>');
  expect(svg).not.toContain('<g id="sources">');
});

test('the dialog is fetched on first use, not with the page, and keeps its choices when reopened', async ({ page }) => {
  const html = await (await page.goto('/'))!.text();
  expect(html, 'no export dialog in the page’s HTML').not.toContain('export-dialog');
  await waitForIdle(page);
  await expect(page.locator('dialog.export-dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('social-card');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export image' }).click();
  await expect(dialog.getByLabel('Size')).toHaveValue('social-card');
});

test('the dialog names what is wrong with an oversize custom export and offers no download', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('custom');
  await dialog.getByLabel('Width').fill('9000');
  await expect(dialog.getByRole('alert')).toHaveText('width must be an integer from 200 to 8192');
  await dialog.getByLabel('Width').fill('8000');
  await dialog.getByLabel('Height').fill('8000');
  await expect(dialog.getByRole('alert')).toHaveText('width × height × scale² must be at most 40 megapixels (this is 64.0)');
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the dialog fits the screen: nothing in it is cut off at the right', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Export image' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Export an image' });
    await expect(dialog.getByRole('img', { name: /^Preview of the/ })).toBeVisible();
    const { right, overflow } = await dialog.evaluate((d) => ({ right: d.getBoundingClientRect().right, overflow: d.scrollWidth - d.clientWidth }));
    expect(right, 'the dialog is inside the screen').toBeLessThanOrEqual(390);
    expect(overflow, 'no content wider than the dialog').toBe(0);
    for (const control of [dialog.getByLabel('Picture'), dialog.getByLabel('Size'), dialog.getByRole('img')]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width, 'inside the dialog').toBeLessThanOrEqual(right);
    }
    // A label of two lines squeezed its box to 8 × 13 px beside the square ones.
    const boxes = await dialog.getByRole('checkbox').evaluateAll((inputs) => inputs.map((input) => {
      const { width, height } = input.getBoundingClientRect();
      return `${(input as HTMLInputElement).name} ${Math.round(width)}×${Math.round(height)}`;
    }));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const box of boxes) expect(box).toMatch(/ (\d+)×\1$/);
    // Each box's label is its target, at least 24 px high (WCAG 2.5.8): the rows were 21 px, the boxes 13.
    const rows = await dialog.locator('label:has(> input[type="checkbox"])').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(rows.length).toBe(boxes.length);
    for (const height of rows) expect(height).toBeGreaterThanOrEqual(24);
  });
});

test('a transparent SVG export keeps text as text and carries its metadata', async ({ page, baseURL }) => {
  await page.goto('/#5/48.5/33');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Format').selectOption('svg');
  await dialog.getByLabel('Transparent background').check();
  // The seas are the map's background, and go with it: said (a review found the dark theme's white sea names lost on a white slide).
  const seas = dialog.locator('.export-fit').filter({ hasText: 'The seas are transparent too' });
  await expect(seas).toHaveText('The seas are transparent too: their names and the Crimea note stand on the page or slide behind the image.');
  await dialog.getByLabel('Theme').selectOption('dark');
  await expect(seas).toContainText('their names (white in the dark theme) and the Crimea note');
  await expect(seas).toContainText('The dark theme’s title, key and sources are white');
  await dialog.getByLabel('Theme').selectOption('light');
  await dialog.getByLabel('Title', { exact: true }).fill('<b>Troops</b> & "figures"');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download' }).click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('width="1920" height="1080"');
  expect(svg).toContain('&lt;b&gt;Troops&lt;/b&gt; &amp; &quot;figures&quot;');
  expect(svg).not.toContain('<b>Troops');
  expect(svg).toContain('<metadata');
  // Pinned to the data version on screen: its sources as published.
  expect(svg).toMatch(new RegExp(`permalink="http://(127\\.0\\.0\\.1|localhost):${new URL(baseURL!).port}/sources\\?v=\\d+"`));
});

test('the presenter exports the current scene, with Download in reach on a 1024×768 projector', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/3');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  // The dialog is taller than the window: its buttons stood 26 px below the dialog's visible foot, behind a scroll.
  for (const name of ['Download', 'Close']) await expect(dialog.getByRole(name === 'Download' ? 'link' : 'button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /scene=3/);
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /[?&]v=[1-9]\d*(&|$)/);
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveAttribute('download', /_scene-3_2021-12-06_dark_1920x1080\.png$/);
  // The day the scene is as of, as the dashboard's dialog says it.
  await expect(dialog).toContainText('As of 6 December 2021');
  // Blank, the title drawn is the scene's own, not the story's: it was once said to be cut on every scene.
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveAttribute('placeholder', "Ukraine's border, early December");
  await expect(dialog.getByRole('textbox', { name: /^Alt text/ })).toHaveValue(/^Map of/);
  await expect(dialog.locator('.export-fit')).toHaveCount(0);
});

test('on a 720p screen share the picture stands beside the choices, whole and in view, not a strip behind Download', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/9');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  const preview = dialog.getByRole('img', { name: /^Preview of the 1920 × 1080 export/ });
  await expect(preview).toBeInViewport({ ratio: 1 });
  const [picture, picker, download] = await Promise.all([preview.boundingBox(), dialog.getByLabel('Picture').boundingBox(), dialog.getByRole('link', { name: 'Download' }).boundingBox()]);
  expect(picture!.x).toBeGreaterThan(picker!.x + picker!.width);
  expect(picture!.y + picture!.height).toBeLessThan(download!.y);
  // Drawn at the picture's own proportions, not letterboxed: 16:9.
  expect(picture!.width / picture!.height).toBeCloseTo(1920 / 1080, 1);
  expect(picture!.height).toBeGreaterThan(250);
});

test('a date between two days of the timeline is exported, dated and named as the day the map shows', async ({ page }) => {
  await page.goto('/?date=2021-11-05');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await expect(dialog.locator('.export-date')).toHaveText('As of 3 November 2021: the figures known then');
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveAttribute('download', /_2021-11-03_/);
  await expect(dialog.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /[?&]date=2021-11-03(&|$)/);
});

test('the dialog gives the picture\'s alt text: what this size at this date draws, in words, ready to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?date=2021-12-03');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  const alt = dialog.getByRole('textbox', { name: /^Alt text/ });
  await expect(alt).toHaveValue(/^Map of Ukraine and its neighbours as of 3 December 2021\. Crimea, Ukrainian territory occupied by Russia since 2014/);
  await expect(alt).toHaveValue(/could eventually reach 175,000 troops, a projection by U\.S\. intelligence \(U\.S\. government\), source \d+/);
  await expect(alt).not.toHaveValue(/169,000/);
  await dialog.getByRole('button', { name: 'Copy alt text' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the alt text.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await alt.inputValue());
  // Its length, and where a social network would refuse it: the latest day's map says more than X takes.
  await expect(dialog.locator('.export-alt-length')).toHaveText(/^\d{3} characters\.$/);
  // Within what a social post takes, there is no short one.
  await expect(dialog.getByRole('textbox', { name: /^Short alt text/ })).toHaveCount(0);
  await page.goto('/');
  await waitForIdle(page);
  await page.keyboard.press('e');
  await expect(alt).toHaveValue(/^Map of Ukraine and its neighbours as of 24 February 2022\./);
  await expect(dialog.locator('.export-alt-length').first()).toHaveText(/^2,\d{3} characters: more than the 1,000 X takes for an image's description \(Mastodon takes 1,500\): the short one below fits\.$/);
  // The short one: every figure with who counts it and its number, in what X takes (it said "shorten it there").
  const short = dialog.getByRole('textbox', { name: /^Short alt text, for a social post/ });
  await expect(short).toHaveValue(/^Map of Ukraine and its neighbours as of 24 February 2022\. Crimea is marked as Ukrainian territory occupied by Russia since 2014\./);
  await expect(short).toHaveValue(/169,000 to 190,000 troops, estimated by the U\.S\. government \(33\)/);
  const shortText = await short.inputValue();
  expect(shortText.length).toBeLessThanOrEqual(1000);
  await expect(dialog.locator('.export-alt-length').nth(1)).toHaveText(`${shortText.length} characters: the figures with who counts each and its source's number, without their scopes.`);
  await dialog.getByRole('button', { name: 'Copy short alt text' }).click();
  await expect(dialog.locator('.export-status')).toHaveText('Copied the short alt text.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortText);
  // The chart picture is described as a chart.
  await dialog.getByLabel('Picture').selectOption('chart');
  await expect(alt).toHaveValue(/^Chart of the troop figures over time, by who gave them\. \d+ troop figures known by 24 February 2022\./);
});

test('the dialog says when a title is too long for two lines at the chosen size', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('social-card');
  const notice = dialog.locator('.export-fit');
  const long = 'Russia’s troop buildup near Ukraine, as the figures given by Ukraine, the United States and NATO grew from October 2021 to the invasion of 24 February 2022, with the eastern flank watching';
  await dialog.getByLabel('Title', { exact: true }).fill(long);
  await expect(notice).toHaveText('The title does not fit in two lines at this size and ends in “…”: shorten it, or choose a larger size.');
  // A title ending in its own ellipsis is still seen to be cut; both cut (on a square card), both are named.
  await dialog.getByLabel('Size').selectOption('square');
  await dialog.getByLabel('Title', { exact: true }).fill(`${long} and more…`);
  await dialog.getByLabel('Subtitle', { exact: true }).fill(long);
  await expect(notice).toHaveText('The title and the subtitle do not fit in two lines at this size and end in “…”: shorten them, or choose a larger size.');
  // Sources the list has no room for are said too: their figures are on the picture.
  const unlisted = dialog.locator('.export-unlisted');
  await expect(unlisted).toHaveText(/^The image lists (\d+) of the (\d+) sources of what it draws: the other (\d+) only at the address it prints\. Choose a larger size, leave out the figures in large type, or shorten the title, subtitle or credit line\.$/);
  const [, listed, all, rest] = /lists (\d+) of the (\d+) .* other (\d+)/.exec((await unlisted.textContent())!)!.map(Number);
  expect(listed + rest).toBe(all);
  expect(rest).toBeGreaterThan(0);
  await dialog.getByLabel('Subtitle', { exact: true }).fill('');
  await dialog.getByLabel('Size').selectOption('slide-hd');
  await dialog.getByLabel('Title', { exact: true }).fill('The buildup in figures');
  await expect(notice).toHaveCount(0);
  await expect(unlisted).toHaveCount(0);
});

test('"No subtitle" leaves the picture without one: left blank, the field gives the story\'s own', async ({ page, request }) => {
  await page.goto('/?date=2022-02-18');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('slide-hd');
  await dialog.getByLabel('Format').selectOption('svg');
  const link = dialog.getByRole('link', { name: 'Download' });
  const subtitleOf = async () => {
    const svg = await (await request.get((await link.getAttribute('href'))!)).text();
    return svg.match(/<g id="header">.*?<\/g>/)![0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&apos;/g, "'").trim();
  };
  // Blank: what was known on that day (a journalist could not remove it).
  expect(await subtitleOf()).toContain('What was known on 18 February 2022');
  await dialog.getByLabel('No subtitle').check();
  await expect(dialog.getByLabel('Subtitle', { exact: true })).toBeDisabled();
  await expect(link).toHaveAttribute('href', /[?&]subtitle=(&|$)/);
  expect(await subtitleOf()).toBe('Russia\'s troop buildup near Ukraine');
  await dialog.getByLabel('No subtitle').uncheck();
  await expect(link).not.toHaveAttribute('href', /subtitle=/);
});

test('an SVG export carries its fonts: opened where Inter is not installed, its text stays inside the picture', async ({ page, request }) => {
  const url = '/api/export?width=1920&height=1080&format=svg&theme=dark&date=2021-12-07';
  const svg = await (await request.get(url)).text();
  expect([...svg.matchAll(/@font-face\{font-family:Inter;font-weight:(\d+);font-style:(\w+);src:url\(data:font\/woff2;base64,/g)].map((m) => `${m[1]} ${m[2]}`))
    .toEqual(['400 normal', '700 normal', '600 normal', '400 italic']);
  // This machine has no Inter of its own (DejaVu Sans, wider, ran the sources column off the image's right edge).
  await page.goto(url);
  const loaded = await page.evaluate(async () => (await Promise.all(['400 16px Inter', '600 16px Inter', '700 16px Inter', 'italic 16px Inter'].map((f) => document.fonts.load(f)))).map((faces) => faces.length));
  expect(loaded).toEqual([1, 1, 1, 1]);
  const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll<SVGTextElement>('#sources text, #legend text, #header text')].map((t) => {
    const box = t.getBBox();
    return box.x + box.width;
  })));
  expect(right).toBeLessThanOrEqual(1920 - 30);
});

test('a newsroom\'s credit line goes first in the footer of every picture, and is kept for the next export', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  const credit = dialog.getByLabel('Credit line (kept on this browser)');
  await expect(credit).toHaveValue('');
  await credit.fill('Graphic: Jane Doe, The Daily');
  const download = dialog.getByRole('link', { name: 'Download' });
  await expect(download).toHaveAttribute('href', /[?&]credit=Graphic%3A\+Jane\+Doe%2C\+The\+Daily(&|$)/);
  const svg = await (await page.request.get((await download.getAttribute('href'))!.replace(/format=\w+/, 'format=svg'))).text();
  expect(svg).toMatch(/<g id="footer"><text [^>]*>Graphic: Jane Doe, The Daily · As of 24 February 2022 · /);
  await page.reload();
  await waitForIdle(page);
  await page.keyboard.press('e');
  await expect(dialog.getByLabel('Credit line (kept on this browser)')).toHaveValue('Graphic: Jane Doe, The Daily');
});

test('the A4 preset says 300 dpi in the file it gives, as its label does', async ({ page, request }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  await dialog.getByLabel('Size').selectOption('a4-landscape');
  const href = (await dialog.getByRole('link', { name: 'Download' }).getAttribute('href'))!;
  expect(href).toMatch(/[?&]dpi=300(&|$)/);
  const png = await (await request.get(href)).body();
  // pHYs: 11,811 pixels per metre both ways, unit 1 (the metre).
  const at = png.indexOf('pHYs');
  expect([png.readUInt32BE(at + 4), png.readUInt32BE(at + 8), png[at + 12]]).toEqual([11811, 11811, 1]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);
  // An SVG says it in millimetres (in pixels alone a layout program placed it 93 cm wide); its viewBox keeps the pixels.
  await dialog.getByLabel('Format').selectOption('svg');
  const svgHref = (await dialog.getByRole('link', { name: 'Download' }).getAttribute('href'))!;
  expect(svgHref).toMatch(/[?&]dpi=300(&|$)/);
  const svg = await (await request.get(svgHref)).text();
  expect(svg.match(/<svg\b[^>]*>/)![0]).toContain('width="297.01mm" height="209.97mm" viewBox="0 0 3508 2480"');
});

test('a feed\'s sizes head the picture with the latest figures in large type; the viewer can leave them out', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export an image' });
  const figures = dialog.getByLabel('The latest figures in large type (beside the map or under the title)');
  const link = dialog.getByRole('link', { name: 'Download' });
  const href = async () => new URL((await link.getAttribute('href'))!, page.url());
  // A slide is read at its size: none by default.
  await dialog.getByLabel('Size').selectOption('slide-hd');
  await expect(figures).not.toBeChecked();
  expect((await href()).searchParams.get('headline')).toBeNull();
  await dialog.getByLabel('Size').selectOption('square');
  await expect(figures).toBeChecked();
  expect((await href()).searchParams.get('headline')).toBe('figures');
  // The picture the link gives draws them: each series' latest count or estimate, no plan.
  const svgAddress = await href();
  svgAddress.searchParams.set('format', 'svg');
  const svg = await (await page.request.get(svgAddress.href)).text();
  const strip = svg.slice(svg.indexOf('<g id="figures">'), svg.indexOf('</g>', svg.indexOf('<g id="figures">')));
  // (A range reads "169,000–190,000" where the figures stand in a narrow column beside the map.)
  expect([...strip.matchAll(/font-weight="700"[^>]*>([^<]+)</g)].map((m) => m[1].replace('–', ' to '))).toEqual(['147,000', '169,000 to 190,000', '100,000', '5,000']);
  // Where they would shrink the map to a thumbnail (a long title on a square post) they give way: the dialog says so,
  // and the file is not named for figures it does not draw.
  await expect(link).toHaveAttribute('download', /_figures_1080x1080\.png$/);
  const title = dialog.getByLabel('Title', { exact: true });
  await title.fill('How Russia massed well over one hundred thousand troops on three sides of Ukraine before the full-scale invasion began');
  await expect(dialog.locator('.export-figures')).toBeVisible();
  await expect(link).toHaveAttribute('download', /_\d{4}-\d{2}-\d{2}_1080x1080\.png$/);
  await expect(dialog.locator('figcaption')).not.toContainText('figures');
  await title.fill('');
  await expect(link).toHaveAttribute('download', /_figures_1080x1080\.png$/);
  // Left out, the choice holds for other sizes too.
  await figures.uncheck();
  expect((await href()).searchParams.get('headline')).toBeNull();
  await dialog.getByLabel('Size').selectOption('social-card');
  await expect(figures).not.toBeChecked();
  // Not offered for the chart or the map alone.
  await dialog.getByLabel('Picture').selectOption({ label: 'The map alone, with its data credit' });
  await expect(figures).toHaveCount(0);
});
