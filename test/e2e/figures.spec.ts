import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_CLAIMS_FILE } from '../../playwright.config';
import { waitForIdle, waitForPublished } from './helpers';

const original = readFileSync('geo/data/claims.json', 'utf8');
const claims = JSON.parse(original).claims as { id: string; quote: string; claimant: string }[];

test.afterEach(async ({ request }) => {
  writeFileSync(E2E_CLAIMS_FILE, original);
  await waitForPublished(request, (b) => b.claims.find((c) => c.id === 'deployed-90k')?.value === 90000);
});

test('the figures of the day appear with their claimants', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  const deployed = page.locator('.headline-figures li[data-claim="deployed-90k"]');
  await expect(deployed).toContainText('90,000');
  await expect(deployed).toContainText('more than');
  await expect(deployed).toContainText('Ukrainian officials');
  const projected = page.locator('.headline-figures li[data-claim="projected-175k"]');
  await expect(projected).toContainText('175,000');
  await expect(projected).toContainText('U.S. intelligence');
  await expect(projected).toContainText('projection');
  // Within one series and one scope only: the U.S. projection against the U.S. estimate, never Kyiv's count.
  await expect(page.locator('.comparison')).toHaveText('Within one series (U.S. government): the projection of 175,000 (reported 3 December 2021) is about 2.5× the estimate of about 70,000 (reported 6 December 2021).');
  // Once the series has a newer figure, the ratio would compare with a number no longer shown: it goes.
  await page.goto('/?date=2022-01-13');
  await expect(page.locator('.headline-figures')).toContainText('close to 100,000');
  await expect(page.locator('.comparison')).toHaveCount(0);
});

test('every quote shown matches the data file word for word', async ({ page }) => {
  await page.goto('/');
  // The sources arrive from the server once the page runs (they are not in its HTML).
  await expect(page.locator('.sources blockquote')).toHaveCount(claims.length);
  const shown = await page.locator('.sources blockquote').allTextContents();
  // The published data was seeded from this file (the desk's own test claims are retracted when its tests end).
  // In quotation marks, unless the words open with their own (an outlet quoting the speaker: no ““); single ones
  // around words that hold double ones. Inside them, every character as stored (inner marks were once made single).
  expect(shown).toEqual(claims.map((c) => (/^["“‘]/.test(c.quote) ? c.quote : /["“”]/.test(c.quote) ? `‘${c.quote}’` : `“${c.quote}”`)));
  expect(shown.filter((q) => q.startsWith('““'))).toEqual([]);
  const blinken = claims.find((c) => c.quote.startsWith('In a press briefing alongside Kuleba'))!;
  expect(shown).toContain(`‘${blinken.quote}’`);
  expect(blinken.quote).toContain('Blinken said, “As we meet today');
});

test('a callout reached with Tab and Enter opens its source card; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  await waitForIdle(page);
  const callout = page.locator('button.callout[data-claim="deployed-90k"]');
  await expect(callout).toHaveAccessibleName(/more than 90,000 troops, Ukrainian officials/);
  for (let i = 0; i < 40 && !(await callout.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(callout).toBeFocused();
  await page.keyboard.press('Enter');
  const card = page.locator('dialog.source-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(claims.find((c) => c.id === 'deployed-90k')!.quote);
  await expect(card).toContainText('Ukrainian officials');
  await expect(card).toContainText('6 December 2021');
  await expect(card).toContainText('RFE/RL');
  await expect(card.getByRole('link')).toHaveAttribute('href', /^https:\/\/www\.usnews\.net\//);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(callout).toBeFocused();
});

test('clicking the projection callout opens the 175,000 source card', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  await waitForIdle(page);
  await page.locator('button.callout[data-claim="projected-175k"]').click();
  await expect(page.locator('dialog.source-card')).toContainText('could eventually reach 175,000');
});

test('an edited claims file reaches an open dashboard without a reload; a broken edit keeps the last good figures', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  await waitForIdle(page);
  const deployed = page.locator('.headline-figures li[data-claim="deployed-90k"]');
  await expect(deployed).toContainText('90,000');
  const file = JSON.parse(original);
  const claim = file.claims.find((c: { id: string }) => c.id === 'deployed-90k');
  claim.value = 91000;
  claim.quote = claim.quote.replace('90,000', '91,000');
  writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(file, null, 2));
  await expect(deployed).toContainText('91,000', { timeout: 10_000 });
  writeFileSync(E2E_CLAIMS_FILE, '{ "claims": [ broken');
  await page.waitForTimeout(4000);
  await expect(deployed).toContainText('91,000');
  await expect(page.locator('#source-deployed-90k blockquote')).toContainText('91,000');
});

test('the first poll after a publish brings it, not the copy the browser kept from the poll before', async ({ page, request }) => {
  // The page's clock stands still, so its polls come only when the test moves the clock on: one just before the publish
  // (its answer is then a second or two old, which the browser may still use) and one after.
  await page.clock.install();
  await page.goto('/?date=2021-12-06');
  const deployed = page.locator('.headline-figures li[data-claim="deployed-90k"]');
  await expect(deployed).toContainText('90,000');
  // A second ahead of the page's time: the clock runs on while the test asks (100 ms was passed already on CI).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const poll = async () => {
    const [answer] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/api/buildup'), page.clock.fastForward(3000)]);
    return (await answer.json()) as { claims: { id: string; value: number }[] };
  };
  expect((await poll()).claims.find((c) => c.id === 'deployed-90k')?.value).toBe(90000);

  const file = JSON.parse(original);
  const claim = file.claims.find((c: { id: string }) => c.id === 'deployed-90k');
  claim.value = 92000;
  claim.quote = claim.quote.replace('90,000', '92,000');
  writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(file, null, 2));
  await waitForPublished(request, (b) => b.claims.find((c) => c.id === 'deployed-90k')?.value === 92000);

  expect((await poll()).claims.find((c) => c.id === 'deployed-90k')?.value).toBe(92000);
  await expect(deployed).toContainText('92,000');
});

test('on a phone, where the live map waits for a touch, the server-drawn map follows an edit too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?date=2021-12-06');
  const underlay = page.locator('.map-underlay');
  await expect(underlay.locator('> svg')).toBeVisible();
  const offCount = () => page.locator('.map-underlay [data-off]').count();
  const before = { markup: await underlay.innerHTML(), figures: await page.locator('.map-underlay path[id^="bm-figure-"]').count(), off: await offCount() };
  expect(before.off).toBeGreaterThan(0);
  expect(before.figures).toBeGreaterThan(0);

  const file = JSON.parse(original);
  const claim = file.claims.find((c: { id: string }) => c.id === 'deployed-90k');
  claim.value = 180000;
  claim.quote = claim.quote.replace('90,000', '180,000');
  writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(file, null, 2));
  await expect(page.locator('.headline-figures li[data-claim="deployed-90k"]')).toContainText('180,000', { timeout: 10_000 });
  // The same figures, one of them twice the troops: a larger circle, and the rest of the map as it was.
  await expect.poll(() => underlay.innerHTML(), { timeout: 10_000 }).not.toBe(before.markup);
  expect(await page.locator('.map-underlay path[id^="bm-figure-"]').count()).toBe(before.figures);
  await expect(page.getByTestId('map')).toHaveAttribute('data-engine', 'deferred');
  // Still at the page's date (the new markup is drawn at the latest): what was hidden on 6 December 2021 still is.
  expect(await offCount()).toBe(before.off);
  await context.close();
});

test('when a refresh fails the figures stay and a note says so', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  await page.route('**/api/buildup', (route) => route.abort());
  await expect(page.getByText('Could not refresh the figures')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.headline-figures')).toContainText('90,000');
  await expect(page.locator('.headline-figures')).toContainText('175,000');
});

test('“Measured on this map” lists the map’s own measures, drawn on the server, and keeps them as the date moves', async ({ page }) => {
  const metrics = JSON.parse(readFileSync('geo/data/metrics.json', 'utf8')) as Record<string, number>;
  await page.goto('/');
  await waitForIdle(page);
  const section = page.getByRole('region', { name: 'Measured on this map' });
  const rows = section.locator('tbody tr');
  const expected = [
    ['Crimea (incl. Sevastopol), area', `${metrics.crimeaAreaKm2.toLocaleString('en-GB')} km²`],
    ['Ukraine with Crimea, area', `${metrics.ukraineRecognisedAreaKm2.toLocaleString('en-GB')} km²`],
    ['Russia–Ukraine land border, length of the line drawn', `${metrics.russiaUkraineBorderKm.toLocaleString('en-GB')} km`],
    ['Belarus–Ukraine border, length of the line drawn', `${metrics.belarusUkraineBorderKm.toLocaleString('en-GB')} km`],
  ];
  const read = () => rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
  expect(await read()).toEqual(expected);
  // The panel is drawn again at each date; the server's markup stays (components/markup/ServerMarkup.tsx).
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.panel h2').first()).toContainText('30 October 2021');
  expect(await read()).toEqual(expected);
});

test('the claims table, wider than the panel, scrolls sideways to its last column instead of being cut off', async ({ page }) => {
  await page.goto('/?date=2021-12-06');
  await page.locator('.claims-table summary').click();
  const frame = page.getByRole('region', { name: 'All claims' });
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const last = frame.locator('th').last();
  await frame.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await expect(last).toBeInViewport();
  const [lastBox, frameBox] = [await last.boundingBox(), await frame.boundingBox()];
  expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width + 1);
});
