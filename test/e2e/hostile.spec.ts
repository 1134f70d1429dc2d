import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_CLAIMS_FILE, E2E_SCENES_FILE } from '../../playwright.config';
import { waitForIdle, waitForPublished } from './helpers';

const claimsText = readFileSync('geo/data/claims.json', 'utf8');
const scenesText = readFileSync('geo/data/scenes.json', 'utf8');

const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '"><img src=x onerror="window.__pwned = \'img\'">';
const ENTITY = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;';
const CDATA = ']]><svg onload="window.__pwned = \'svg\'">';

/** The first figure on the latest date, which passes validation but carries markup in every text field. */
const HOSTILE_ID = 'reznikov-147k';
function hostileClaims(): string {
  const data = JSON.parse(claimsText);
  const claim = data.claims.find((c: { id: string }) => c.id === HOSTILE_ID);
  claim.claimant = `Ukrainian officials ${SCRIPT}`;
  claim.quote = `${claim.quote} ${IMG}`;
  claim.note = ENTITY;
  claim.source.title = `${claim.source.title} ${CDATA}`;
  claim.where.description = IMG;
  return JSON.stringify(data, null, 2);
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
}

test.afterEach(async ({ request }) => {
  writeFileSync(E2E_CLAIMS_FILE, claimsText);
  writeFileSync(E2E_SCENES_FILE, scenesText);
  await waitForPublished(request, (b) => !b.claims.some((c) => c.claimant.includes('<script>')));
});

test('markup in claims is shown as text in the page and the source card, and never runs', async ({ page }) => {
  writeFileSync(E2E_CLAIMS_FILE, hostileClaims());
  await waitForPublished(page.request, (b) => b.claims.some((c) => c.claimant.includes('<script>')));
  const dialogs: string[] = [];
  page.on('dialog', (d) => dialogs.push(d.message()));
  await page.goto('/');
  await waitForIdle(page);
  await expect(page.locator(`.headline-figures li[data-claim="${HOSTILE_ID}"]`)).toContainText(SCRIPT);
  await expect(page.locator('.sources')).toContainText(IMG);
  await page.locator('.headline-figures a.footnote').first().click();
  const card = page.locator('dialog.source-card');
  await expect(card).toContainText(ENTITY);
  await expect(card).toContainText(CDATA);
  await expect(page.locator('img[src="x"], script:not([src]):has-text("__pwned"), svg[onload]')).toHaveCount(0);
  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});

test('a word longer than its line breaks, in the source card and the change log: none runs off it', async ({ page }) => {
  const LONG = 'W'.repeat(300);
  const data = JSON.parse(claimsText);
  data.claims.find((c: { id: string }) => c.id === HOSTILE_ID).note = `A note for readers with ${LONG} in it.`;
  writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(data, null, 2));
  await waitForPublished(page.request, (b) => b.claims.some((c) => c.id === HOSTILE_ID && (c as { note?: string }).note?.includes(LONG)));
  // The page is as wide as the window, and the card as its dialog: the card ran 2,000 px off its dialog.
  const fits = (selector: string) => page.locator(selector).first().evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  await page.goto(`/?source=${HOSTILE_ID}`);
  await expect(page.locator('dialog.source-card')).toContainText(LONG);
  const card = await fits('dialog.source-card');
  expect(card.scroll).toBe(card.client);
  // An editor's note of the change log, given such a word (the page was 5,154 px wide).
  await page.goto('/changes');
  await page.locator('.change-note').first().evaluate((note, word) => { note.textContent = `Corrected: ${word}`; }, LONG);
  expect((await fits('html')).scroll).toBe(1280);
});

test('markup in a presenter caption is shown as text', async ({ page }) => {
  const scenes = JSON.parse(scenesText);
  scenes.scenes[0].caption = `The region ${SCRIPT} ${IMG}`;
  writeFileSync(E2E_SCENES_FILE, JSON.stringify(scenes, null, 2));
  // The scenes file is imported within a second or two; the stage reads its scenes when it loads.
  await expect(async () => {
    await page.goto('/present/1');
    await expect(page.locator('.caption h1')).toHaveText(`The region ${SCRIPT} ${IMG}`, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await waitForIdle(page);
  await expectNothingRan(page);
});

test('markup in claims and titles stays inert text in the exported SVG', async ({ page, request }) => {
  writeFileSync(E2E_CLAIMS_FILE, hostileClaims());
  const svg = await (await request.get(`/api/export?format=svg&width=1200&height=675&title=${encodeURIComponent(SCRIPT + IMG)}&subtitle=${encodeURIComponent(ENTITY)}`)).text();
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('<img');
  expect(svg).not.toContain('<!ENTITY');
  expect(svg).not.toContain('<svg onload');
  await page.goto('/api/buildup');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      scripts: doc.querySelectorAll('script').length,
      handlers: [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      title: doc.querySelector('title')?.textContent,
    };
  }, svg);
  expect(parsed).toEqual({ error: null, scripts: 0, handlers: 0, title: SCRIPT + IMG });
});

test('a javascript: source link is refused by the server, which keeps the last good claims', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse(claimsText);
  data.claims[0].source.url = 'javascript:alert(document.cookie)';
  writeFileSync(E2E_CLAIMS_FILE, JSON.stringify(data));
  await page.goto('/');
  await expect(page.locator('.sources a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
});
