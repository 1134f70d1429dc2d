/** Citations a newsroom can print: the original outlet and date, where the text was read, titles quoted only when real. */
import { expect, test } from '@playwright/test';
import { waitForIdle } from './helpers';

test('a source card names the original outlet and what is known of its date, and the republication it was read in', async ({ page }) => {
  await page.goto('/?source=deployed-90k');
  const card = page.locator('dialog.source-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('RFE/RL, written before the 7 December 2021 videoconference (read in a republication by US News, 18 January 2022): “Biden, Putin To Hold Talks Amid Fears Of New War In Ukraine”');
  await expect(card).not.toContainText('RFE/RL, 18 January 2022');
  await expect(card.getByRole('link', { name: 'Biden, Putin To Hold Talks Amid Fears Of New War In Ukraine' })).toHaveAttribute('href', /usnews\.net/);
});

test('a page whose title is not known is described, never given a title in quotation marks', async ({ page }) => {
  await page.goto('/?source=us-estimate-70k');
  const card = page.locator('dialog.source-card');
  await expect(card).toContainText('Associated Press, 6 December 2021 (read in a digest at sellines.com): a digest of the AP report (its title is not stored)');
  await expect(card).not.toContainText('“a digest');
});

test('a link to a claim the data does not hold says so and points to the change log, instead of opening nothing', async ({ page }) => {
  await page.goto('/?source=no-such-claim');
  const card = page.locator('dialog.source-card');
  await expect(card.getByRole('heading')).toHaveText('No such source');
  await expect(card).toContainText('The data shown here has no claim “no-such-claim”. It may have been retracted or renamed since the link was made.');
  await expect(card.getByRole('link', { name: 'Every published change, with its reason' })).toHaveAttribute('href', '/changes');
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
  await expect(page).not.toHaveURL(/source=/);
});

test('Back closes a source card opened on the page, as on a phone, instead of leaving the site; its Close goes back over it', async ({ page }) => {
  await page.goto('/sources');
  await page.goto('/?date=2022-02-18');
  await waitForIdle(page);
  const card = page.locator('dialog.source-card');
  const callout = page.locator('[data-testid="map"] button.callout[data-claim="carpenter-169-190k"]');
  await callout.click();
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(/\/\?date=2022-02-18&source=carpenter-169-190k(#[\d./]+)?$/);
  await page.goBack();
  await expect(card).toBeHidden();
  await expect(page).toHaveURL(/\/\?date=2022-02-18(#[\d./]+)?$/);
  // Opened and closed by its button: the address is the page's again, and Back then leaves the page as before.
  await callout.click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
  await expect(page).toHaveURL(/\/\?date=2022-02-18(#[\d./]+)?$/);
  await expect(callout).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/sources$/);
});

test('a card opened right after the date moved, and closed, leaves the address at the date on screen', async ({ page }) => {
  await page.goto('/?date=2022-01-28');
  await waitForIdle(page);
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const shown = (await page.locator('.date-value').textContent())!;
  // Within the second the address waits for the date to rest: closing went back to the entry from before, 28 January.
  await page.locator('[data-testid="map"] button.callout:visible').first().click();
  const card = page.locator('dialog.source-card');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toBeHidden();
  // The card's own entry (with `source=`) is gone first: Back is asynchronous, and reading the address before it
  // landed saw the card's entry, whose date was right, then reloaded the entry before it.
  const inAddress = () => {
    const query = new URL(page.url()).searchParams;
    const date = query.get('date');
    if (query.has('source') || !date) return null;
    return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  };
  await expect.poll(inAddress).toBe(shown);
  await page.reload();
  await expect(page.locator('.date-value')).toHaveText(shown);
});

test('the eastern-flank statement keeps its condition and says it is one', async ({ page }) => {
  await page.goto('/?source=eastern-flank');
  const card = page.locator('dialog.source-card');
  await expect(card.locator('blockquote')).toHaveText("“Should 'Putin move in' and invade Ukraine, the official added, 'there would be an increasing request from Eastern Flank allies and a positive response from the United States for additional forces and capabilities and exercises to take place there.'”");
  await expect(card).toContainText('conditional statement');
});

test('a scene’s export is the stage’s picture: its claims, its highlight, its sources only', async ({ page, request }) => {
  await page.goto('/present/4');
  await waitForIdle(page);
  await page.keyboard.press('e');
  const href = await page.getByRole('dialog', { name: 'Export an image' }).getByRole('link', { name: 'Download' }).getAttribute('href');
  const svg = await (await request.get(href!.replace('format=png', 'format=svg'))).text();
  expect(svg).toContain('<title>Crimea, occupied since 2014</title>');
  const sources = [...svg.matchAll(/<bm:source [^>]*claim="([^"]+)"/g)].map((m) => m[1]);
  expect(sources).toEqual(['crimea-2014']);
  const legend = svg.slice(svg.indexOf('<g id="legend">'), svg.indexOf('</g>', svg.indexOf('<g id="legend">')));
  expect(legend).not.toContain('90,000');
  expect(legend).not.toContain('175,000');
  expect(svg).toContain('data-layer="highlight-crimea"');
  expect(svg).not.toContain('data-layer="figure-reported-fill"');
  expect(svg).toContain('As of 6 December 2021');
  // Pinned to the data version on screen, as the dialog pins every picture: its day's sources as published.
  expect(svg).toMatch(/\/sources\?date=2021-12-06&amp;v=\d+<\/text>/);
});

test('/changes lists the first import of the data files as one line, counted, not a line per claim', async ({ page }) => {
  await page.goto('/changes');
  const first = page.locator('.change-list li[id="v1"]');
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('data version 1');
  await expect(first).toContainText('36 claims, the scenes, the comparisons and the story');
});
