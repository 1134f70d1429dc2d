/**
 * Embedding: the embed code on a newsroom's page with a strict CSP (the frame follows the embed's height, and no
 * other window can set it), the height messages of other hosts' scripts (Pym.js), pinned data versions
 * (`/embed?v=N` after a newer publish: the same figures, no polling, cached for good) and junk versions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page, test } from '@playwright/test';
import { EMBED_DEFAULT_HEIGHT, embedSnippet } from '@/components/dashboard/embed-snippet';
import { E2E_CLAIMS_FILE } from '../../playwright.config';
import { waitForHydration, waitForIdle, waitForPublished } from './helpers';

/**
 * The app under a public stand-in name, its requests passed to the test server. A page fulfilled by the test
 * counts as public to Chromium, which refuses its requests to loopback addresses (local network access) before
 * any header of ours is read; under a public name the host page, the frame and embed.js all load.
 */
const APP = 'http://map.example';
const HOST = 'http://host.example';
const ROGUE = 'http://rogue.example';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HEIGHT = 'buildup-map:height';

async function serveApp(context: BrowserContext, baseURL: string) {
  await context.route(`${APP}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace(APP, baseURL) }) }));
  // Another site's frame on the same article: it will try to resize the map.
  await context.route(`${ROGUE}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Ad</title><p>An ad</p>' }));
}

/** A newsroom's article with a strict policy: scripts only from the app, frames only from the app and the ad. */
async function openArticle(page: Page, body: string) {
  await page.route(`${HOST}/**`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html><head><meta charset="utf-8">`
      + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${APP}; frame-src ${APP} ${ROGUE}">`
      + `<title>Article</title></head><body><h1>An article</h1><p>Before the map.</p>${body}<p>After the map.</p></body></html>`,
  }));
  // What the article's window receives, recorded by the test (not by the page: its policy allows no inline script).
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => {
      const frame = document.querySelector('iframe[data-buildup-map]') as HTMLIFrameElement | null;
      if (frame && event.source === frame.contentWindow) seen.push(event.data);
    });
  });
  await page.goto(`${HOST}/article`);
}

const embedFrame = (page: Page) => page.locator('iframe[data-buildup-map]');
/** The embed's own content height, read inside the frame, and the frame's height on the article. */
async function heights(page: Page) {
  const content = await page.frameLocator('iframe[data-buildup-map]').locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  const frame = await embedFrame(page).evaluate((iframe) => iframe.clientHeight);
  return { content, frame };
}
/** Waits until the frame's height is the embed's content height, and returns it. */
async function settledHeight(page: Page): Promise<number> {
  await expect.poll(async () => { const h = await heights(page); return h.frame === h.content && h.content > 0; }, { timeout: 20_000 }).toBe(true);
  return (await heights(page)).content;
}

test.describe('the embed on a newsroom page', () => {
  test.beforeEach(async ({ context, baseURL }) => serveApp(context, baseURL!));
  // A poll still passing through the stand-in when a test ends failed the next test ("route.fetch: Test ended").
  test.afterEach(async ({ context, page }) => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('embed.js sizes the frame to the embed as its content grows and its width changes; other windows cannot', async ({ page }) => {
    await page.setViewportSize({ width: 560, height: 900 });
    const code = embedSnippet(`${APP}/`, 'Russia’s troop buildup near Ukraine');
    await openArticle(page, `${code}<iframe id="ad" src="${ROGUE}/slot" title="Ad" width="300" height="100"></iframe>`);
    const first = await settledHeight(page);
    // Not the code's default height: the frame was sized to the content.
    expect(first).not.toBe(EMBED_DEFAULT_HEIGHT);
    await expect(page.frameLocator('iframe[data-buildup-map]').locator('.embed-sources')).toContainText('169,000 to 190,000');

    // Its own message, and those for Datawrapper's and AMP's host scripts; Pym.js's only with a Pym parent's id.
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
    expect(seen).toContainEqual({ type: HEIGHT, height: first });
    expect(seen).toContainEqual({ 'datawrapper-height': { 'buildup map': first } });
    expect(seen).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: first });
    expect(seen.some((m) => typeof m === 'string')).toBe(false);

    // The first day of the timeline has fewer sources under the map, but the frame keeps its height while the reader
    // steps: stepping through the dates must not pull the article below the embed up and down.
    const sourcesBox = page.frameLocator('iframe[data-buildup-map]').locator('.embed-sources');
    const tallSources = (await sourcesBox.boundingBox())!.height;
    const below = () => page.getByText('After the map.').evaluate((p) => Math.round(p.getBoundingClientRect().top + scrollY));
    const belowAtFirst = await below();
    const slider = page.frameLocator('iframe[data-buildup-map]').getByRole('slider', { name: 'Date' });
    await slider.focus();
    await slider.press('Home');
    await expect(sourcesBox).not.toContainText('169,000 to 190,000');
    expect((await sourcesBox.boundingBox())!.height).toBeLessThan(tallSources);
    expect(await heights(page)).toEqual({ content: first, frame: first });
    expect(await below()).toBe(belowAtFirst);
    // Then, the content having stayed shorter for a while, the frame follows it: held for good, a reader back at
    // October 2021 in a 300 px column had 388 px of blank frame above the article's next paragraph.
    await expect.poll(async () => (await heights(page)).frame, { timeout: 10_000 }).toBeLessThan(first);
    const earliest = await settledHeight(page);
    expect(first - earliest).toBeGreaterThan(50);
    expect(await below()).toBe(belowAtFirst - (first - earliest));

    // A narrower column: a smaller map, a different height.
    await page.setViewportSize({ width: 400, height: 900 });
    const narrow = await settledHeight(page);
    expect(narrow).not.toBe(earliest);

    // The article itself and the ad post the same message: nothing changes.
    await page.evaluate((type) => window.postMessage({ type, height: 77 }, '*'), HEIGHT);
    await page.frame({ url: `${ROGUE}/slot` })!.evaluate((type) => window.parent.postMessage({ type, height: 77 }, '*'), HEIGHT);
    await page.waitForTimeout(1000);
    expect(await heights(page)).toEqual({ content: narrow, frame: narrow });
  });

  // The frame is as tall as its content, so a modal card in its middle stood off screen for a reader who had
  // scrolled to the sources under the map: its top and Close 130 px above the screen on a phone.
  test('a source card opened low in an embed stands where the reader looks, not in the middle of the frame', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    await openArticle(page, embedSnippet(`${APP}/`, 'Russia’s troop buildup near Ukraine'));
    await settledHeight(page);
    const embed = page.frameLocator('iframe[data-buildup-map]');
    await expect(embed.locator('.date-play')).toBeEnabled();
    // The reader has scrolled to the frame's foot: the sources under the map.
    await embedFrame(page).evaluate((iframe) => window.scrollTo(0, iframe.getBoundingClientRect().bottom + window.scrollY - window.innerHeight));
    const footnote = embed.locator('.embed-sources a.footnote').last();
    const frameTop = await embedFrame(page).evaluate((iframe) => iframe.getBoundingClientRect().top);
    expect(frameTop, 'the frame\'s top is above the screen (else this test proves nothing)').toBeLessThan(-200);
    await footnote.click();
    const close = embed.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    const box = (await close.boundingBox())!;
    expect(box.y, 'Close is on the screen').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(500);
    const card = (await embed.locator('dialog.source-card').boundingBox())!;
    expect(card.y + card.height, 'the card ends on the screen').toBeLessThanOrEqual(500);
  });

  test('a Pym.js parent gets its height message, with the childId it gave', async ({ page }) => {
    await page.setViewportSize({ width: 560, height: 900 });
    await openArticle(page, `<iframe data-buildup-map src="${APP}/embed?initialWidth=544&childId=graphic-1" title="Map" width="100%" height="500"></iframe>`);
    await expect(page.frameLocator('iframe[data-buildup-map]').locator('.embed-sources')).toBeVisible();
    await expect.poll(async () => {
      const { content } = await heights(page);
      const seen = await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
      return seen.includes(`pymxPYMxgraphic-1xPYMxheightxPYMx${content}`);
    }).toBe(true);
  });

  test('an embed scrolled out of the article\'s view asks for no new data until it is back in view', async ({ page }) => {
    await page.setViewportSize({ width: 560, height: 700 });
    const asked: number[] = [];
    page.on('request', (request) => { if (request.url().startsWith(`${APP}/api/buildup`)) asked.push(Date.now()); });
    const code = embedSnippet(`${APP}/`, 'Russia’s troop buildup near Ukraine');
    // The rest of the article, long (paragraphs: its policy allows no style attribute).
    await openArticle(page, `${code}${'<p>The rest of the article.</p>'.repeat(120)}`);
    await expect(page.frameLocator('iframe[data-buildup-map]').locator('.embed-sources')).toBeVisible();
    // In view it polls (every 3 s: BUILDUP_REFRESH_MS).
    await expect.poll(() => asked.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    await page.waitForTimeout(500);
    const out = asked.length;
    await page.waitForTimeout(7000);
    expect(asked.length, 'no request while out of view').toBe(out);
    // Back in view: at once, not after another interval.
    await page.mouse.wheel(0, -2500);
    await expect.poll(() => asked.length, { timeout: 2000 }).toBeGreaterThan(out);
  });
});

test.describe('pinned data versions', () => {
  const ID = 'carpenter-169-190k';
  type Published = { dataVersion: number; claims: { id: string; value: number | null; claimant: string }[] };
  const usFigure = (buildup: Pick<Published, 'claims'>) => buildup.claims.find((c) => c.id === ID)?.value;
  const sources = (page: Page) => page.locator('.embed-sources');

  test('a pinned embed whose request for its data failed asks again: a source card says the words are late, then shows them', async ({ page, request }) => {
    const { dataVersion } = (await (await request.get('/api/buildup')).json()) as Published;
    const pinnedData = `**/api/buildup?v=${dataVersion}`;
    let refused = 0;
    await page.route(pinnedData, (route) => {
      refused += 1;
      return route.abort('connectionrefused');
    });
    await page.goto(`/embed?v=${dataVersion}`);
    await sources(page).locator(`a.footnote[data-claim="${ID}"]`).click();
    const card = page.getByRole('dialog');
    await expect(card.getByRole('status')).toHaveText('Loading the exact words and the source…');
    // It said "Loading" for as long as the connection stayed down, and the embed never asked again.
    await expect(card.getByRole('status')).toHaveText('The exact words have not come: check the connection (they appear here once they do), or read them on the sources page.', { timeout: 15_000 });
    await expect(card.getByRole('link', { name: 'the sources page' })).toHaveAttribute('href', `/sources#source-${ID}`);
    expect(refused).toBeGreaterThan(1);
    await page.unroute(pinnedData);
    await expect(card.locator('blockquote')).toContainText('169,000 – 190,000', { timeout: 10_000 });
  });

  test('/embed?v=N shows version N after a newer one is published, never polls, and is cached for good', async ({ page, request }) => {
    const published = (await (await request.get('/api/buildup')).json()) as Published;
    const version = published.dataVersion;
    expect(usFigure(published)).toBe(169000);
    // A newer version: the U.S. figure corrected (through the data file, imported as a publication).
    const original = readFileSync(E2E_CLAIMS_FILE, 'utf8');
    const file = JSON.parse(original);
    const claim = file.claims.find((c: { id: string }) => c.id === ID);
    claim.value = 168000;
    claim.quote = claim.quote.replace('169,000', '168,000');
    writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(file, null, 2));
    try {
      await waitForPublished(request, (b) => usFigure(b) === 168000);
      const polls: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/buildup') polls.push(r.url());
      });

      const pinned = await page.goto(`/embed?v=${version}`);
      expect(pinned!.headers()['cache-control']).toBe(IMMUTABLE);
      await expect(sources(page)).toContainText('169,000 to 190,000');
      await expect(sources(page)).not.toContainText('168,000');
      await expect(page.locator('.embed-version')).toHaveText(new RegExp(`^ · Data as published \\d{1,2} [A-Z][a-z]+ \\d{4} \\(version ${version}\\)$`));
      // Its link to the full map, which shows the latest data, says so.
      await expect(sources(page).getByRole('link', { name: /^All sources/ })).toHaveText('All sources and the full map, with the latest data');
      // Its numbers lead (without script) to the sources of the version it shows, not of the latest: the footer's
      // and the server-drawn map's alike.
      const pinnedSources = new RegExp(`^/sources\\?v=${version}#source-${ID}$`);
      await expect(sources(page).locator(`a.footnote[data-claim="${ID}"]`)).toHaveAttribute('href', pinnedSources);
      await expect(page.locator(`.map-underlay a[href*="#source-${ID}"]`).first()).toHaveAttribute('href', pinnedSources);
      const sourcesPage = await page.context().newPage();
      await sourcesPage.goto(`/sources?v=${version}#source-${ID}`);
      await expect(sourcesPage.locator('.sources-version')).toHaveText(new RegExp(`\\(version ${version}\\)$`));
      await expect(sourcesPage.locator(`#source-${ID}`)).toContainText('169,000');
      await expect(sourcesPage.locator('main')).not.toContainText('168,000');
      await expect(sourcesPage.getByRole('link', { name: /the map, with the latest data$/ })).toHaveAttribute('href', '/');
      await sourcesPage.goto('/sources?v=abc');
      await expect(sourcesPage.getByRole('note')).toHaveText('“abc” is not a data version: this page lists the latest data.');
      await expect(sourcesPage.locator('main')).toContainText('168,000');
      await sourcesPage.close();
      // Another date keeps the version in the address (a reload shows the same data) and in the date links.
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      await slider.press('Home');
      // (The live map may have written its view into the hash by then.)
      await expect(page).toHaveURL(new RegExp(`/embed\\?date=\\d{4}-\\d{2}-\\d{2}&v=${version}(#[^?]*)?$`));
      await expect(page.locator('.date-control a').first()).toHaveAttribute('href', new RegExp(`v=${version}$`));
      // Longer than the dashboards' 3-second poll: it asked once for its own version whole (quotes for source
      // cards, the figures' places for the live map), never for the latest.
      await page.waitForTimeout(4000);
      expect(polls).toEqual([expect.stringMatching(new RegExp(`/api/buildup\\?v=${version}$`))]);
      await page.reload();
      await slider.focus();
      await slider.press('End');
      await expect(sources(page)).toContainText('169,000 to 190,000');

      const pinnedApi = await request.get(`/api/buildup?v=${version}`);
      expect(pinnedApi.headers()['cache-control']).toBe(IMMUTABLE);
      expect(usFigure(await pinnedApi.json())).toBe(169000);

      // The latest embed follows the data, polls, and is not cached.
      const latest = await page.goto('/embed');
      expect(latest!.headers()['cache-control']).not.toContain('immutable');
      await expect(sources(page)).toContainText('168,000 to 190,000');
      await expect(page.locator('.embed-version')).toHaveCount(0);
      await expect.poll(() => polls.filter((url) => url.endsWith('/api/buildup')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      writeFileSync(E2E_CLAIMS_FILE, original);
      await waitForPublished(request, (b) => usFigure(b) === 169000);
    }
  });

  test('a junk or unknown version shows the latest data with a note, cached as the latest is', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { dataVersion } = (await (await request.get('/api/buildup')).json()) as Published;
    const cases: [string, string][] = [
      ['abc', '“abc” is not a data version: this map shows the latest data.'],
      ['0', '“0” is not a data version: this map shows the latest data.'],
      ['-1', '“-1” is not a data version: this map shows the latest data.'],
      [String(dataVersion + 1000), `There is no data version ${dataVersion + 1000}: this map shows the latest data.`],
    ];
    for (const [v, note] of cases) {
      const response = await page.goto(`/embed?v=${encodeURIComponent(v)}`);
      expect(response!.status(), v).toBe(200);
      // Cached as the latest is (a few seconds in a shared cache), never for good: the version may be published later.
      expect(response!.headers()['cache-control'], v).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=2');
      await expect(page.getByRole('note')).toHaveText(note);
      await expect(sources(page)).toContainText('169,000 to 190,000');
      await expect(page.locator('.embed-version')).toHaveCount(0);
    }
    expect(errors).toEqual([]);

    const unknown = await request.get(`/api/buildup?v=${dataVersion + 1000}`);
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['cache-control']).toBe('no-store');
    expect((await unknown.json()).error).toBe(`There is no data version ${dataVersion + 1000}; the latest is ${dataVersion}.`);
    expect((await request.get('/api/buildup?v=abc')).status()).toBe(400);
  });

  test('an embed code naming two versions pins the first, and its note says the other was not read', async ({ page, request }) => {
    const { dataVersion } = (await (await request.get('/api/buildup')).json()) as Published;
    await page.goto(`/embed?v=${dataVersion}&v=abc`);
    await expect(page.getByRole('note')).toHaveText(`The address names more than one data version: only the first, “${dataVersion}”, is read (not “abc”).`);
    await expect(page.locator('.embed-version')).toContainText(`(version ${dataVersion})`);
  });
});

test('every number on the embed’s map is sourced under it, the statements it numbers included', async ({ page }) => {
  await page.goto('/embed');
  const drawn = await page.locator('.embed-map [data-layer="callouts"] a[data-claim]').evaluateAll((links) =>
    links.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.getAttribute('data-claim')!));
  expect(drawn).toEqual(expect.arrayContaining(['crimea-2014', 'eastern-flank', 'carpenter-169-190k']));
  // A named region, not the page's footer (contentinfo), which a screen reader's reader skips.
  await expect(page.getByRole('region', { name: 'Figures and sources' })).toHaveClass(/embed-sources/);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  const listed = await page.locator('.embed-sources span[data-claim]').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-claim')!));
  expect(drawn.filter((id) => !listed.includes(id))).toEqual([]);
  // A statement says what it states (its kind alone, "statement of fact", said nothing), names its outlet once ("RFE/RL,
  // via RFE/RL" before) and the day; each figure says the day it was said (3 December stays shown into February), and
  // then whose words are quoted: "via RFE/RL, reported 3 December 2021" gave RFE/RL AP's date.
  await expect(page.locator('.embed-sources span[data-claim="crimea-2014"]')).toHaveText(/^\[\d+\] “the Crimean Peninsula, which Russia seized by force from Ukraine in 2014” \(RFE\/RL, reported 6 December 2021\)\.\s*$/);
  await expect(page.locator('.embed-sources span[data-claim="projected-175k"]')).toContainText('(projection, U.S. government, reported 3 December 2021; quoted from RFE/RL)');
  // On the last day the invasion, which has no number on the map, is said under it; 147,000 and 127,000 say their scope.
  await expect(page.locator('.embed-sources span[data-claim="invasion"]')).toContainText('Russian troops have launched a wide-ranging attack on Ukraine');
  await expect(page.locator('.embed-sources span[data-claim="reznikov-147k"]')).toContainText('147,000 (reported, with naval and air,');
  // Each number under the map opens its source card, as on the map; read alone in a list of links, its name says
  // which figure (11 links named "Source N" said nothing) or whose statement.
  await waitForHydration(page);
  await expect(page.locator('.embed-sources span[data-claim="invasion"]').getByRole('link')).toHaveAccessibleName(/^Source \d+: /);
  await page.locator('.embed-sources span[data-claim="reznikov-147k"]').getByRole('link', { name: /^Source \d+ for 147,000 troops$/ }).click();
  await expect(page.getByRole('dialog')).toContainText('147,000');
  // Every link of the embed opens outside its frame, but the date's, which moves the frame's own map.
  expect(await page.locator('base').getAttribute('target')).toBe('_blank');
  await expect(page.locator('a.date-step').first()).toHaveAttribute('target', '_self');
});

test('an embed of an editor\'s view shows all of it in a narrow column, then keeps its own view in its address', async ({ page }) => {
  await page.setViewportSize({ width: 358, height: 700 });
  // The view an editor saw in the dashboard's 865 × 650 map, as the embed code gives it.
  await page.goto('/embed?theme=light&frame=865x650#4.42/50.32/31.25');
  // A phone-sized frame waits for a touch before it loads the map engine.
  await page.getByRole('button', { name: 'Explore the interactive map' }).click();
  await waitForIdle(page);
  // Scaled to this map's width, not the editor's zoom (which put the column on Kyiv): about 1.3 levels out.
  await expect.poll(() => Number(new URL(page.url()).hash.slice(1).split('/')[0])).toBeLessThan(3.5);
  // Once the view is this map's own, the size of the editor's map leaves the address.
  await expect.poll(() => new URL(page.url()).searchParams.has('frame')).toBe(false);
  expect(new URL(page.url()).searchParams.get('theme')).toBe('light');
});

test('in an article\'s column, Tab reaches the map\'s Explore button, at its top, before the key\'s button at its foot', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 600 });
  await page.goto('/embed');
  await waitForHydration(page);
  const reached: string[] = [];
  for (let i = 0; i < 40 && reached.length < 2; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    if (/^(Explore the interactive map|.*Legend)$/.test(name)) reached.push(name);
  }
  expect(reached[0]).toBe('Explore the interactive map');
  expect(reached[1]).toMatch(/Legend$/);
});

test.describe('the embed on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a statement under the map is quoted whole: what the official said would follow, not "there would be an…"', async ({ page }) => {
    await page.goto('/embed');
    const flank = page.locator('.embed-sources > span[data-claim="eastern-flank"]');
    await expect(flank).toContainText('there would be an increasing request from Eastern Flank allies and a positive response from the United States for additional forces and capabilities and exercises to take place there.');
    await expect(flank).not.toContainText('…');
  });

  test('its legend opens within the map, its button kept where it was tapped', async ({ page }) => {
    await page.goto('/embed');
    const toggle = page.getByRole('button', { name: 'Legend' });
    await expect(toggle).toBeEnabled();
    const before = (await toggle.boundingBox())!;
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    const legend = (await page.locator('.embed .legend').boundingBox())!;
    // It ran off the frame's top, its own button with it: the only way to fold it again.
    expect(legend.y).toBeGreaterThanOrEqual(mapBox.y);
    expect(Math.round((await toggle.boundingBox())!.y)).toBe(Math.round(before.y));
    // The button stands in the credit's row under the map (over the map's corner it covered Budapest).
    expect(before.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // From the keyboard, Escape folds it again.
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('after Explore, the map says it is loading until the live map shows', async ({ page }) => {
    // The engine held back, as on a slow connection: nothing on screen changed for ten seconds after the tap.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/maplibre-gl\.[\w-]+\.mjs/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/embed');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Explore the interactive map' }).tap();
    const said = () => page.getByTestId('map').evaluate((el) => getComputedStyle(el, '::after').content);
    await expect.poll(said).toBe('"Loading…"');
    // As wide as the button it replaces, placed clear of every name; the longer words covered Vilnius and Moscow.
    expect(await page.getByTestId('map').evaluate((el) => parseFloat(getComputedStyle(el, '::after').width))).toBeLessThan(90);
    release();
    await expect(page.getByTestId('map')).toHaveAttribute('data-canvas', 'shown', { timeout: 30_000 });
    expect(await said()).toBe('none');
  });

  test('a number tapped without a connection says so, keeps the map, and opens its card once back online', async ({ page, context }) => {
    await page.goto('/embed');
    await waitForHydration(page);
    await context.setOffline(true);
    const crimea = page.locator('.map-underlay a[data-claim="crimea-2014"]:visible').first();
    await crimea.tap();
    // The card's code could not be fetched: once, this took the frame to the browser's error page.
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load this part of the page' })).toBeVisible();
    await expect(page.getByTestId('map')).toBeVisible();
    await page.getByRole('alert').filter({ hasText: 'Could not load' }).getByRole('button', { name: 'Close' }).tap();
    await context.setOffline(false);
    await crimea.tap();
    const card = page.getByRole('dialog');
    await expect(card).toContainText('Crimean Peninsula');
    // Close is in sight at the card's top, and a tap beside the card closes it too (a phone has no Esc key).
    await expect(card.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    await page.touchscreen.tap(8, 8);
    await expect(card).toBeHidden();
  });
});
