/** The buildup over time: one date, from the address or the slider, on the map, the panel, the chart and the exports. */
import { expect, type Page, test } from '@playwright/test';
import claimsFile from '@/geo/data/claims.json';
import { map, waitForHydration, waitForIdle } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const heading = (page: Page) => page.locator('#figures-heading');
const claims2022 = claimsFile.claims.filter((c) => c.saidOn >= '2022-01-01').map((c) => c.id);

/** The claim ids of the chart's marks a viewer can see. */
const visibleMarks = (page: Page) => page.locator('.chart-frame a[data-claim]:visible').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-claim')!));

test('a viewer scrubs from October 2021 to 24 February 2022 with the keyboard; map, figures, chart and sources follow', async ({ page }) => {
  await page.goto('/');
  // What a search result or a shared link says the page covers: the whole timeline, not its first month.
  await expect(page).toHaveTitle('Buildup Map: Russia’s troop buildup near Ukraine, October 2021 – 24 February 2022');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /from October 2021 to the invasion of 24 February 2022/);
  await waitForIdle(page);
  const canvas = await map(page).locator('canvas.maplibregl-canvas').elementHandle();
  const geoRequests: string[] = [];
  // (The dashboard's poll of /api/buildup every 3 s goes on regardless; the map's layers are never asked for again.)
  page.on('request', (r) => { if (r.url().includes('/api/geo/')) geoRequests.push(r.url()); });

  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText('The figures as of 30 October 2021');
  await expect(page).toHaveURL(/\?date=2021-10-30#/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 October 2021: 80,000 to 90,000 (without Crimea), Ukraine\'s officials');
  await expect(page.locator('.headline-figures > li')).toHaveCount(1);
  await expect(map(page).locator('button.callout--figure:visible')).toHaveCount(1);
  expect(await visibleMarks(page)).toEqual(['danilov-80-90k']);
  await expect(page.locator('.sources > li:visible')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('The figures as of 3 November 2021');
  // The qualifier is said with the figure ("about 90,000" is not 90,000).
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '3 November 2021: about 90,000, Ukraine\'s officials');
  // PageUp: five dates on (claims were made on 10 and 20 November, and on 3, 4 and 5 December).
  await page.keyboard.press('PageUp');
  await expect(heading(page)).toHaveText('The figures as of 5 December 2021');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('The figures as of 4 December 2021');
  // A unit other than troops is said too.
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '4 December 2021: approximately 94,000, Ukraine\'s officials; 50 battalion tactical groups, U.S. government');

  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText('The figures as of 24 February 2022');
  await expect(page).toHaveURL(/\/#[^?]*$/);
  await expect(page.locator('.said-that-day')).toContainText('Russian troops have launched a wide-ranging attack on Ukraine');
  await expect(page.locator('.sources > li:visible')).toHaveCount(claimsFile.claims.length);
  // Back over 21 February to 18 February.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 February 2022: 169,000 to 190,000 (in and near Ukraine, with Belarus and Crimea), U.S. government');
  await expect(page.locator('.headline-figures')).toContainText('169,000 to 190,000');

  // The same map the whole time, and no data asked for again: a step only filters what is already there.
  expect(await map(page).locator('canvas.maplibregl-canvas').evaluate((node, first) => node === first, canvas)).toBe(true);
  expect(geoRequests).toEqual([]);
});

test('?date=2021-12-06 shows no 2022 figure in the first paint, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?date=2021-12-06');
  await expect(heading(page)).toHaveText('The figures as of 6 December 2021');
  const marks = await visibleMarks(page);
  expect(marks.length).toBeGreaterThan(10);
  expect(marks.filter((id) => claims2022.includes(id))).toEqual([]);
  // The server-drawn map shows the figures of that day only.
  const footnotes = await map(page).locator('.map-underlay .callout:visible').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-footnote'))));
  const shownCallouts = footnotes.map((n) => claimsFile.claims[n - 1].id);
  expect(shownCallouts.filter((id) => claims2022.includes(id))).toEqual([]);
  expect(shownCallouts).toContain('deployed-90k');
  await expect(page.locator('.headline-figures')).not.toContainText('169,000');
  // The sources are a page of their own without script, at the same date.
  await expect(page.getByRole('link', { name: /^Every source, with the exact words/ })).toHaveAttribute('href', '/sources?date=2021-12-06');
  await expect(page.locator('.chart-summary')).not.toContainText('2022');
  // Without script, the previous and next dates are links.
  await expect(page.getByRole('link', { name: 'Previous date: 5 December 2021' })).toHaveAttribute('href', '?date=2021-12-05');
  await page.getByRole('link', { name: 'Next date: 7 December 2021' }).click();
  await expect(page).toHaveURL(/\?date=2021-12-07$/);
  await expect(heading(page)).toHaveText('The figures as of 7 December 2021');
  await context.close();
});

const ignoredDate = (junk: string) =>
  `“${junk}” is not a date from 30 October 2021 to 24 February 2022 (written YYYY-MM-DD): this shows the latest, 24 February 2022.`;

for (const junk of ['2021-02-30', 'yesterday', '2019-01-01', '2031-01-01', '2021-12-06T00:00']) {
  test(`?date=${junk} is ignored: the latest, no error, and a note says so`, async ({ page }) => {
    const response = await page.goto(`/?date=${encodeURIComponent(junk)}`);
    expect(response!.status()).toBe(200);
    await expect(heading(page)).toHaveText('The figures as of 24 February 2022');
    await expect(page.getByRole('note').filter({ hasText: 'is not a date' })).toHaveText(ignoredDate(junk));
  });
}

test('an ignored date leaves the address at once, so Copy link and Copy embed code never pass it on', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?date=2022-13-45&theme=dark');
  await expect(page.locator('.date-notice')).toHaveText(ignoredDate('2022-13-45'));
  await expect(page).toHaveURL(/\/\?theme=dark$/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const code = page.getByLabel('Copied text');
  await expect(code).toHaveValue(/<iframe src="[^"]*\/embed\?theme=dark"/);
  await expect(code).not.toHaveValue(/date=/);
  // The note stays until the viewer picks a date.
  await expect(page.locator('.date-notice')).toHaveText(ignoredDate('2022-13-45'));
});

test('the note about an ignored date goes once the viewer picks one, and the address then holds that date', async ({ page }) => {
  await page.goto('/?date=yesterday');
  const note = page.locator('.date-notice');
  await expect(note).toHaveText(ignoredDate('yesterday'));
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(note).toHaveCount(0);
  await expect(heading(page)).not.toHaveText('The figures as of 24 February 2022');
  await expect(page).toHaveURL(/\?date=2022-02-2[0-3]/);
});

test('the embed says so too, and a valid date gets no note', async ({ page }) => {
  await page.goto('/embed?date=2031-01-01');
  await expect(page.locator('.date-notice')).toHaveText(ignoredDate('2031-01-01'));
  await expect(page.locator('.embed-sources')).toContainText('As of 24 February 2022');
  await page.goto('/embed?date=2021-12-06');
  await expect(page.locator('.embed-sources')).toContainText('As of 6 December 2021');
  await expect(page.locator('.date-notice')).toHaveCount(0);
});

const UNKNOWN_NAMES = 'this map can hide (the address can name figures, zone and cities).';

test('a layer name or theme the map does not have is said, the rest of the address kept, and the address written without it', async ({ page }) => {
  const response = await page.goto('/?hide=roads,cities,Zone&theme=purple&source=projected-175k');
  expect(response!.status()).toBe(200);
  await expect(page.locator('.date-notice')).toHaveText(
    `“roads” and “Zone” are not layers ${UNKNOWN_NAMES} “purple” is not a theme (the address can name light and dark): this follows your system’s setting.`,
  );
  // What it could read is read: the cities are hidden, the zone (written with a capital) is not, the source card is open.
  await expect(page.getByLabel('Cities')).not.toBeChecked();
  await expect(page.getByLabel('Border zone')).toBeChecked();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(/\/\?hide=cities&source=projected-175k$/);
});

test('the embed names a layer it does not have too, without script as well', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed?hide=figure');
  await expect(page.locator('.date-notice')).toHaveText(`“figure” is not a layer ${UNKNOWN_NAMES}`);
  await context.close();
});

test('the sources page says so too: a date it does not have lists the latest, a theme it has none of follows the system', async ({ page }) => {
  await page.goto('/sources?date=2022-13-45&theme=purple');
  await expect(page.getByRole('note')).toHaveText(
    `${ignoredDate('2022-13-45')} “purple” is not a theme (the address can name light and dark): this follows your system’s setting.`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources as of 24 February 2022');
  await page.goto('/sources?date=2021-12-06&theme=dark');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('without script, a number under the embed leads to the sources at the embed’s date, not the latest', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed?date=2021-12-06');
  await expect(page.locator('.embed-sources span[data-claim="projected-175k"] a.footnote')).toHaveAttribute('href', '/sources?date=2021-12-06#source-projected-175k');
  await context.close();
});

test('without script, a dark page’s map numbers and chart marks lead to dark sources, as its footnotes do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?date=2022-01-28&theme=dark');
  const callout = page.locator('.map-underlay a[href*="#source-"]').first();
  await expect(callout).toHaveAttribute('href', /^\/sources\?date=2022-01-28&theme=dark#source-[\w-]+$/);
  const hrefs = await page.locator('.map-underlay a[href^="/sources"], .chart-frame a[href^="/sources"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !/^\/sources\?date=2022-01-28&theme=dark#source-/.test(href!))).toEqual([]);
  await page.goto((await callout.getAttribute('href'))!);
  await expect(page.locator('main.sources-page')).toHaveAttribute('data-theme', 'dark');
  // A light page's (the default's) links carry no theme: the same markup every viewer of the version shares.
  await page.goto('/?date=2022-01-28');
  await expect(page.locator('.map-underlay a[href*="#source-"]').first()).toHaveAttribute('href', /^\/sources\?date=2022-01-28#source-[\w-]+$/);
  await context.close();
});

test('without script, the note is in the page as sent', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?date=2021-02-30');
  await expect(page.locator('.date-notice')).toHaveText(ignoredDate('2021-02-30'));
  await context.close();
});

test('each chart mark opens its source card', async ({ page }) => {
  await page.goto('/?date=2022-02-16');
  const mark = page.locator('.chart-frame a[data-claim="ukraine-intel-148k"]');
  await mark.click();
  const card = page.getByRole('dialog');
  await expect(card).toContainText('more than 148,000 troops');
  // The report's total, of which it names only the ground troops: never "with naval and air".
  await expect(card).toContainText('all troops, a total');
  await expect(card).not.toContainText('naval and air');
  await expect(page).toHaveURL(/source=ukraine-intel-148k/);
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();
});

test('Play walks the dates one a second and Pause stops it; reduced motion moves without animating', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/?date=2022-02-13');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled();
  await play.click();
  await expect(heading(page)).toHaveText('The figures as of 15 February 2022', { timeout: 5000 });
  // The focus is on Pause, not the slider: each date, and how much was said that day, is said in a live region (each
  // figure in words took longer than the second a step lasts).
  const spoken = page.locator('.date-control [aria-live="polite"]');
  await expect(spoken).toHaveText(/^1[5-8] February 2022: \d figures?(, \d statements?)?$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(spoken).toHaveText('');
  const stopped = await heading(page).textContent();
  await page.waitForTimeout(1500);
  await expect(heading(page)).toHaveText(stopped!);
  expect(await page.locator('.date-thumb').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  // Working, the thumb has the accent's colour (grey until the script runs: fallback.spec.ts).
  expect(await page.locator('.date-thumb').evaluate((el) => {
    const probe = el.appendChild(document.createElement('span'));
    probe.style.color = 'var(--bm-accent)';
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return getComputedStyle(el).backgroundColor === accent;
  })).toBe(true);
  // The › link keeps the focus: the date it went to, and what was said then, is said in the same live region.
  await page.getByRole('link', { name: /^Next date: / }).focus();
  await page.keyboard.press('Enter');
  await expect(spoken).toHaveText(/^\d{1,2} February 2022: .+/);
  await expect(spoken).toHaveText(await slider(page).getAttribute('aria-valuetext') ?? 'the slider has no value text');
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(spoken).toHaveText('');
  await context.close();
});

test('the map\'s description in words follows the date and the layers (the server\'s first, then the page\'s)', async ({ page }) => {
  await page.goto('/?date=2022-02-18');
  const words = page.locator('#map-description');
  await expect(words).toContainText('Map of Ukraine and its neighbours as of 18 February 2022.');
  await expect(words).toContainText('169,000 to 190,000 troops');
  // The numbers without a circle too: a screen reader of the server-drawn map never heard of 14, 15 or the invasion.
  await expect(words).toContainText('Numbers without a circle mark what was said of a place: source 14 on Crimea, a statement of fact by RFE/RL; source 15 on NATO\'s eastern flank');
  await waitForHydration(page);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(words).toContainText('source 36 on Ukraine, a statement of fact by Associated Press.');
  await page.keyboard.press('Home');
  await expect(words).toContainText('Map of Ukraine and its neighbours as of 30 October 2021.');
  await expect(words).not.toContainText('169,000');
  await expect(words).not.toContainText('Numbers without a circle');
  await page.getByLabel('Border zone').uncheck();
  await expect(words).not.toContainText('a band marks Russia within');
});

test('a source card or the export dialog opened while playing pauses it, and it stays paused when they close', async ({ page }) => {
  await page.goto('/?date=2021-11-03');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled();
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const shown = await heading(page).textContent();
  // The picture's date once moved every second behind the dialog, its file name and alt text with it.
  await page.waitForTimeout(2500);
  await expect(heading(page)).toHaveText(shown!);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(heading(page)).toHaveText(shown!);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(heading(page)).not.toHaveText(shown!, { timeout: 5000 });
  await page.locator('aside.panel a[data-claim]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const underCard = await heading(page).textContent();
  await page.waitForTimeout(2500);
  await expect(heading(page)).toHaveText(underCard!);
});

test('playing to the end says the last date too, where playing stops', async ({ page }) => {
  await page.goto('/?date=2022-02-21');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled();
  await play.click();
  await expect(heading(page)).toHaveText('The figures as of 24 February 2022', { timeout: 5000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // It went silent there: the invasion was the one date a screen reader never heard.
  await expect(page.locator('.date-control [aria-live="polite"]')).toHaveText(/^24 February 2022: /);
});

test('the embed has the date control and says what its sources are as of', async ({ page }) => {
  await page.goto('/embed?date=2021-12-06');
  await expect(page.locator('.embed-sources')).toContainText('As of 6 December 2021');
  await expect(page.locator('.embed-sources')).toContainText('more than 90,000');
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(page.locator('.embed-sources')).toContainText('As of 24 February 2022');
  await expect(page.locator('.embed-sources')).toContainText('169,000 to 190,000');
});

test('on a phone the date control fits and its buttons step the date', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?date=2022-01-28');
  const box = await slider(page).boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  await page.getByRole('link', { name: /^Next date/ }).tap();
  await expect(page.locator('.date-value')).toHaveText('31 January 2022');
  await context.close();
});

test('on a phone a finger swiping up or down over the date slider leaves the date alone; a tap or a sideways drag moves it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?date=2022-01-28');
  await waitForHydration(page);
  const box = (await slider(page).boundingBox())!;
  const y = box.y + box.height / 2;
  const cdp = await context.newCDPSession(page);
  const swipe = async (from: [number, number], to: [number, number]) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from[0] + ((to[0] - from[0]) * i) / 10, y: from[1] + ((to[1] - from[1]) * i) / 10 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  // An article's reader scrolling past an embed: the swipe began on the slider's track, 30% along (December), and
  // the date jumped there.
  await swipe([box.x + box.width * 0.3, y], [box.x + box.width * 0.3, y - 200]);
  await page.waitForTimeout(300);
  await expect(page.locator('.date-value')).toHaveText('28 January 2022');
  await expect(page).toHaveURL(/\?date=2022-01-28$/);
  await page.touchscreen.tap(box.x + 1, y);
  await expect(page.locator('.date-value')).toHaveText('30 October 2021');
  await swipe([box.x + 1, y], [box.x + box.width - 1, y]);
  await expect(page.locator('.date-value')).toHaveText('24 February 2022');
  await context.close();
});

test('a keyboard user stepping to either end of the timeline keeps the focus: on the slider, not lost with the link', async ({ page }) => {
  await page.goto('/?date=2022-02-21');
  await waitForIdle(page);
  await page.getByRole('link', { name: /^Next date/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.date-value')).toHaveText('24 February 2022');
  await expect(slider(page)).toBeFocused();
});

test('on a phone, the map\'s "Explore" button starts the map when pressed, not when focused, and leaves the focus on the map', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  const start = page.getByRole('button', { name: 'Explore the interactive map' });
  await expect(start).toBeEnabled();
  await start.focus();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('map')).toHaveAttribute('data-engine', 'deferred');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('map')).toHaveAttribute('data-engine', 'wanted');
  await expect(page.getByTestId('map')).toBeFocused();
  await context.close();
});

test('the presenter shows each scene at its date, and the notes say it', async ({ page, context }) => {
  await page.goto('/present/2');
  await expect(page.locator('.scene-counter')).toContainText('as of 3 November 2021');
  await expect(page.locator('.caption h1')).toContainText('about 90,000 troops');
  await waitForIdle(page);
  await expect(map(page).locator('button.callout--figure:visible')).toHaveCount(1);
  const notes = await context.newPage();
  await notes.goto('/present/notes');
  await page.keyboard.press('ArrowRight');
  await expect(notes.locator('.notes-date')).toHaveText('As of 6 December 2021');
});

test('exports at a date say "As of" it and list only claims known then', async ({ request }) => {
  const svg = await (await request.get('/api/export?date=2021-12-06&format=svg&width=1920&height=1080')).text();
  expect(svg).toContain('As of 6 December 2021');
  // Neither drawn (a chart mark) nor listed (the sources, the metadata): nothing said after the date.
  for (const id of claims2022) expect(svg).not.toContain(`claim="${id}"`);
  expect(svg).toContain('claim="deployed-90k"');
  const latest = await (await request.get('/api/export?format=svg&width=1920&height=1080')).text();
  expect(latest).toContain('As of 24 February 2022');
  const chart = await request.get('/api/export?layout=chart&date=2022-01-31&width=1200&height=675');
  expect(chart.status()).toBe(200);
  expect(chart.headers()['content-disposition']).toContain('_2022-01-31_chart_1200x675.png');
  const bad = await request.get('/api/export?date=2023-01-01');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('date must be from 2021-10-30 to 2022-02-24, the days of the timeline (got "2023-01-01")');
});

test('the first Tab reaches a link past the map, the chart and the spread to the sources', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the sources' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is in the list of sources, not the header's buttons.
  expect(await page.evaluate(() => !!document.activeElement?.closest('section[aria-labelledby="sources-heading"]'))).toBe(true);
});

test('a new date rewrites the headline figures it keeps in place: the same items, with the new date’s words', async ({ page }) => {
  await page.goto('/?date=2021-10-30');
  await waitForHydration(page);
  await page.locator('.headline-figures > li').first().evaluate((li) => li.setAttribute('data-test-kept', ''));
  await expect(page.locator('.headline-figures > li').first()).toContainText('80,000');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('The figures as of 3 November 2021');
  // Ukraine's officials' figure is still the first item: the element stays, its words change (it was built anew).
  await expect(page.locator('.headline-figures > li[data-test-kept]')).toContainText('about 90,000');
  await expect(page.locator('.headline-figures > li[data-test-kept]')).toHaveAttribute('data-claim', /./);
});
