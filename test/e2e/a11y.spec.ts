import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForHydration, waitForIdle } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/', '/present/1', '/embed']) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${path}?theme=${theme}`);
      await waitForIdle(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
}

for (const path of ['/', '/present/1', '/embed']) {
  test(`everything ${path} shows is inside a landmark, for a screen reader's list of them`, async ({ page }) => {
    // A broadcast's stage: the presenter's key stands in the column beside the map from 1,000 px tall (at 1280×800 it
    // is over the map, inside the map's region).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(path);
    await waitForIdle(page);
    const results = await new AxeBuilder({ page }).withRules(['region', 'landmark-one-main', 'landmark-unique']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('Tab reaches the controls, then the callouts in footnote order, each with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  const visited: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', callout: el.classList.contains('callout'), outline: style.outlineStyle };
    });
    if (info.callout) {
      visited.push(info.name.split(':')[0]);
      expect(info.outline, info.name).not.toBe('none');
    }
  }
  // The callouts shown on the latest date, in footnote order (hidden ones, of earlier dates, are skipped).
  expect(visited.slice(0, 4)).toEqual(['Source 5', 'Source 12', 'Source 14', 'Source 15']);
});

for (const [label, viewport] of [['375 px wide', { width: 375, height: 740 }], ['200% zoom (1280×800 at 2×)', { width: 640, height: 400 }]] as const) {
  test(`at ${label} nothing overflows sideways, and the map, figures and controls stay usable`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(map.width).toBe(viewport.width);
    expect(map.height).toBeGreaterThan(120);
    await expect(page.getByTestId('map').locator('.map-underlay > svg')).toBeVisible();
    await waitForHydration(page);
    const handle = page.getByRole('button', { name: 'Figures and sources' });
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.headline-figures')).toBeInViewport();
    // The header the raised sheet covers is out of reach until it is lowered (its buttons were focusable unseen).
    await expect(page.locator('.site-header')).toBeHidden();
    // Esc from within the sheet lowers it, and the focus goes back to its handle.
    await page.locator('.panel .footnote').first().focus();
    await page.keyboard.press('Escape');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(handle).toBeFocused();
    await expect(page.locator('.site-header')).toBeVisible();
    await context.close();
  });
}

test('on a 360 px phone set to 200% text nothing overflows sideways: Play and the measured lengths stay on the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // The browser's own text size (a phone's "large text" setting), which rem and em follow.
  await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto('/?date=2022-01-28');
  await waitForHydration(page);
  // Play stood at 292–426 px and the page laid out 426 px wide; the lengths' table was 378 px wide.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const play = (await page.getByRole('button', { name: /^Play/ }).boundingBox())!;
  expect(play.x + play.width).toBeLessThanOrEqual(360);
  expect((await page.locator('.geo-facts').boundingBox())!.width).toBeLessThanOrEqual(360);
  await context.close();
});

test('a 1280×800 laptop set to 200% text stacks the dashboard as a phone\'s: the title wraps between words and Play is on top', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto('/');
  await waitForHydration(page);
  // Two columns at that size left the map's column 448 px for 798 px of date controls: the figures' column covered
  // Play, and the title broke inside its words over six lines ("Russia' / s troop / buildu / p near…").
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(title.height).toBeLessThan(2 * 32 * 1.6);
  const play = page.getByRole('button', { name: /^Play/ });
  const box = (await play.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await play.evaluate((button, [x, y]) => button.contains(document.elementFromPoint(x, y)), [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);
  await expect(page.getByRole('button', { name: 'Figures and sources' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await context.close();
});

test('a link before the chart, shown when Tab reaches it, skips the chart\'s marks to the layer boxes', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  const active = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { text: el.textContent?.trim() ?? '', name: el.getAttribute('name'), inChart: Boolean(el.closest('.chart-frame')) };
  });
  for (let tabs = 0; ; tabs++) {
    expect(tabs, 'Tabs to the skip link').toBeLessThan(50);
    await page.keyboard.press('Tab');
    const now = await active();
    if (now.text === 'Skip the chart\'s links') break;
    expect(now.inChart, `a chart mark (${now.text}) came before the skip link`).toBe(false);
  }
  // Without it, the next Tab is the chart's first mark; one after another there are up to one per claim.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('.chart-frame a[data-claim]'))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  const link = page.getByRole('link', { name: 'Skip the chart\'s links' });
  const [linkBox, chartBox] = [await link.boundingBox(), await page.locator('.chart-frame svg').boundingBox()];
  expect(linkBox!.width, 'shown once focused').toBeGreaterThan(100);
  expect(linkBox!.y).toBeGreaterThanOrEqual(chartBox!.y);
  expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(chartBox!.y + chartBox!.height);
  await page.keyboard.press('Enter');
  // The link's target takes the focus (a screen reader says where it landed); it was a span that could not.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart-end');
  await page.keyboard.press('Tab');
  expect((await active()).name).toBe('layer-figures');
  // Out of sight again once Tab has left it.
  expect((await link.boundingBox())!.width).toBeLessThanOrEqual(1);
});

test('on a phone Back lowers the raised sheet of figures instead of leaving the site; its handle goes back over it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/sources');
  await page.goto('/?date=2021-12-06');
  await waitForHydration(page);
  const handle = page.getByRole('button', { name: 'Figures and sources' });
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await page.goBack();
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/\?date=2021-12-06$/);
  // Raised and lowered by its handle: no entry is left behind, and Back then leaves as before.
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  await page.goBack();
  await expect(page).toHaveURL(/\/sources$/);
  await context.close();
});

test('on a phone the raised sheet takes what it covers out of the Tab order: Shift+Tab from its handle reaches the date', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  await waitForHydration(page);
  const handle = page.getByRole('button', { name: 'Figures and sources' });
  await handle.focus();
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  // It went behind the sheet, to "Legend" and "Explore the interactive map", which it covers.
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).not.toHaveText(/Legend|Explore/);
  expect(await focused.evaluate((el) => Boolean(el.closest('.date-control')))).toBe(true);
  await expect(page.getByTestId('map')).toBeHidden();
  await handle.click();
  await expect(page.getByRole('button', { name: 'Explore the interactive map' })).toBeVisible();
  await context.close();
});

test('at 400% zoom (320 × 200 CSS px) the raised sheet takes the whole screen: the figures get its height, not 96 px under the date', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 200 } });
  const page = await context.newPage();
  await page.goto('/');
  await waitForHydration(page);
  const handle = page.getByRole('button', { name: 'Figures and sources' });
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  const panel = (await page.locator('.panel-sheet .panel').boundingBox())!;
  // Under the pinned date (64 px) and the handle the panel was 96 px high.
  expect(panel.height).toBeGreaterThanOrEqual(150);
  expect(panel.y + panel.height).toBeLessThanOrEqual(200.5);
  // The date is under the sheet, out of sight and out of the Tab order, and back when the sheet is lowered.
  await expect(page.getByRole('slider', { name: 'Date' })).toBeHidden();
  await handle.click();
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await context.close();
});

test('on a touch screen a tap beside a chart mark, within a fingertip, opens that mark\'s source', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?date=2021-12-06');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Figures and sources' }).click();
  const chart = page.locator('.chart-frame');
  await chart.scrollIntoViewIfNeeded();
  const marks = await chart.locator('a[data-claim]').evaluateAll((links) => links
    .map((a) => ({ id: a.getAttribute('data-claim')!, box: a.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0)
    .map(({ id, box }) => ({ id, x: box.x + box.width / 2, y: box.y + box.height / 2, half: box.height / 2 })));
  // 10 px beside a mark (8 px marks: a finger landing there missed it and opened nothing), and 24 px or more from
  // every other mark's centre, so the tap can only mean that one.
  const taps = marks.flatMap((m) => [[0, 1], [0, -1], [1, 0], [-1, 0]].map(([dx, dy]) => ({ id: m.id, x: m.x + dx * (m.half + 10), y: m.y + dy * (m.half + 10), mark: m })));
  const tap = taps.find((t) => marks.every((o) => o === t.mark || Math.hypot(o.x - t.x, o.y - t.y) >= 24));
  expect(tap, 'a mark with room beside it').toBeTruthy();
  await page.touchscreen.tap(tap!.x, tap!.y);
  await expect(page.locator('dialog.source-card')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]source=${tap!.id}(&|#|$)`));
  await context.close();
});

test('on a touch screen every footnote in the panel is a target at least 24 px high (WCAG 2.5.8)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?date=2022-02-18');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Figures and sources' }).click();
  const heights = await page.locator('.panel a.footnote').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(5);
  // Inline links took no min-height: 17 px.
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  await context.close();
});
