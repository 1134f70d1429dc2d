import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, project, waitForIdle, withoutWebGl } from './helpers';

const caption = (page: import('@playwright/test').Page) => page.locator('.caption h1');

test('the keys walk the scenes and the address follows', async ({ page }) => {
  await page.goto('/present/1');
  await waitForIdle(page);
  // The walk is in time order: the region is shown as of the first report, before November's.
  await expect(page.locator('.scene-counter')).toHaveText('Scene 1 of 12: The region · as of 30 October 2021');
  await expect(page).toHaveTitle(/^The region \(scene 1 of 12\)/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/2$/);
  await expect(caption(page)).toHaveText("Ukraine's defence ministry: about 90,000 troops near the border and in the temporarily occupied territories");
  await expect(page.locator('.scene-counter')).toContainText('as of 3 November 2021');
  await expect(page.locator('.caption-sources')).toContainText('Source: UAWire');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/\/present\/3$/);
  // Where a republished text was read, as every citation says it: the caption said "Source: RFE/RL" alone.
  await expect(page.locator('.caption-sources')).toContainText('Source: RFE/RL (read in a republication by US News, 18 January 2022)');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/present\/4$/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\/present\/3$/);
  await page.keyboard.press('Shift+Space');
  await expect(page).toHaveURL(/\/present\/2$/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/present\/12$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/12$/);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/present\/1$/);
  await page.keyboard.press('5');
  await expect(page).toHaveURL(/\/present\/5$/);
  await expect(caption(page)).toContainText('could eventually reach 175,000 troops');
  await expect(page.locator('.scene-counter')).toContainText('as of 6 December 2021');
  await page.goBack();
  await expect(page).toHaveURL(/\/present\/1$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/present\/5$/);
  // Scenes past 9 by their number: 1 then 2 is scene 12 (no stop at scene 1 on the way).
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/\/present\/12$/);
  await expect(page).toHaveTitle(/^The sources \(scene 12 of 12\)/);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/present\/1$/);
  // Over a black screen a key ends it, and does not change the scene unseen.
  await page.keyboard.press('b');
  await expect(page.locator('.black-screen')).toBeVisible();
  // Said to a screen reader, which the black screen alone left silent.
  await expect(page.getByRole('status').filter({ hasText: 'Black screen' })).toHaveText('Black screen: press B to return.');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.black-screen')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Black screen' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/present\/1$/);
});

test('an undated scene at an earlier ?date= shows the figures of then, not an empty map; a redirect keeps the date', async ({ page }) => {
  await page.goto('/present/99?date=2021-12-06');
  await expect(page).toHaveURL(/\/present\/12\?date=2021-12-06&asked=99$/);
  await expect(page.locator('.scene-counter')).toContainText('as of 6 December 2021');
  // Scene 12 names the February figures; by 6 December each series had given another (NATO and Belarus none yet):
  // the closing slide was once an empty map under a caption naming NATO.
  await expect(page.locator('.caption h1')).toBeVisible();
  await expect(page.locator('.caption-sources')).toContainText('[13] more than 90,000 troops: Ukrainian officials, reported 6 December 2021 · [16] about 70,000 troops: U.S. intelligence officials, reported 6 December 2021');
  await expect(page.locator('.caption-sources')).not.toContainText('NATO');
  await waitForIdle(page);
  await expect.poll(async () => (await page.locator('button.callout:not([hidden])').allInnerTexts()).sort()).toEqual(['13', '16']);
  await page.goto('/present/12');
  await expect(page.locator('.caption-sources')).toContainText(/169,000 to 190,000 troops: Michael Carpenter[^·]*, 18 February 2022/);
});

test('the stage frames what a scene is about: the 175,000 projection and its number are on screen, clear of the caption', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present/5');
  await waitForIdle(page);
  const callout = page.locator('button.callout[data-claim="projected-175k"]');
  await expect(callout).toBeVisible();
  const [box, captionBox] = [await callout.boundingBox(), await page.locator('.caption').boundingBox()];
  // The camera once fitted the border zone alone and cut this circle and its number off at the top.
  expect(box!.y, 'the number is below the top edge').toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, 'and left of the caption beside the map').toBeLessThanOrEqual(captionBox!.x);
  // In the column, the date has a line of its own (it wrapped anywhere: "November / 2021 · as of …"), without its dot.
  const title = page.locator('.scene-counter'), date = title.locator('.scene-date');
  await expect(date).toHaveText('· as of 6 December 2021');
  await expect(title.locator('.scene-date-dot')).toBeHidden();
  expect((await date.boundingBox())!.x, 'the date starts the line').toBeCloseTo((await title.boundingBox())!.x, 0);
});

test('a 16:9 stage shows the caption beside the map, and scene 1 whole: Estonia to Bulgaria', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present/1');
  await waitForIdle(page);
  await expect(page.locator('.presenter')).toHaveAttribute('data-caption', 'beside');
  // The map is 1.2 times as wide as the stage is tall (geo/scene-camera.ts): 1296 px; the caption's column is the rest.
  const [mapBox, sideBox] = [await map(page).boundingBox(), await page.locator('.stage-side').boundingBox()];
  expect([mapBox!.x, mapBox!.width, mapBox!.height]).toEqual([0, 1296, 1080]);
  expect([sideBox!.x, sideBox!.width]).toEqual([1296, 624]);
  await expect(page.locator('.stage-side .caption h1')).toHaveText("Ukraine between Russia, Belarus and NATO's eastern flank");
  // Beside the map, its key (the same entries as the dashboard's and the exports'), clear of the caption.
  const legend = page.locator('.stage-side .legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Russia within 200 km of the Russia–Ukraine border');
  expect((await legend.boundingBox())!.y + (await legend.boundingBox())!.height).toBeLessThanOrEqual(1080);
  // Where the live map stands, and the size of the stage's map it stands in, as the dashboard receives them on Esc:
  // Tallinn and Sofia must both fall on a map of that size (the dashboard's own map scales the view to its size).
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?date=2021-10-30&theme=dark&frame=1296x1080#[\d.]+\/[\d.]+\/[\d.]+$/);
  const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
  for (const [name, lngLat] of [['Tallinn', [24.75, 59.44]], ['Sofia', [23.32, 42.7]]] as const) {
    const { x, y } = project({ zoom, lat, lng }, { width: 1296, height: 1080 }, [...lngLat]);
    expect(x, `${name} across`).toBeGreaterThan(0);
    expect(x, `${name} across`).toBeLessThan(1296);
    expect(y, `${name} down`).toBeGreaterThan(0);
    expect(y, `${name} down`).toBeLessThan(1080);
  }
});

test('a 4:3 stage shows the caption in a band of its own under the map', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/5');
  await waitForIdle(page);
  await expect(page.locator('.presenter')).toHaveAttribute('data-caption', 'below');
  // 34% of the stage (geo/scene-camera.ts, captionBand): the map ends where the band begins, so it covers no part of it.
  const [mapBox, band] = [await map(page).boundingBox(), await page.locator('.caption').boundingBox()];
  expect([mapBox!.x, mapBox!.y, mapBox!.width, mapBox!.height].map(Math.round)).toEqual([0, 0, 1024, 507]);
  expect([band!.x, band!.y, band!.width, band!.height].map(Math.round)).toEqual([0, 507, 1024, 261]);
  // The band has no room for the map's key: it is not drawn over the map either.
  await expect(page.locator('.presenter .legend')).toBeHidden();
  const callout = await page.locator('button.callout[data-claim="projected-175k"]').boundingBox();
  expect(callout!.y + callout!.height, 'the number is above the caption').toBeLessThanOrEqual(band!.y);
  // Going full screen on a 16:9 screen moves the caption beside the map, and the scene is framed again for it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.locator('.presenter')).toHaveAttribute('data-caption', 'beside');
  await expect.poll(async () => (await map(page).boundingBox())!.width).toBe(1296);
  // Framed as a stage opened at that size frames it: the number stands where it stands there.
  const fresh = await page.context().newPage();
  await fresh.setViewportSize({ width: 1920, height: 1080 });
  await fresh.goto('/present/5');
  await waitForIdle(fresh);
  const where = async (p: typeof page) => {
    const box = (await p.locator('button.callout[data-claim="projected-175k"]').boundingBox())!;
    return [Math.round(box.x / 4), Math.round(box.y / 4)];
  };
  const expected = await where(fresh);
  await expect.poll(() => where(page), { message: 'the number where a fresh 1920×1080 stage puts it (to 4 px)' }).toEqual(expected);
});

test('on a phone the scene counter and the caption stay on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/present/2');
  await expect(page.locator('.presenter')).toHaveAttribute('data-caption', 'below');
  for (const part of ['.scene-counter', '.caption']) {
    const box = (await page.locator(part).boundingBox())!;
    expect(box.x, `${part} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${part} ends on screen`).toBeLessThanOrEqual(390);
  }
  // The counter wraps over the map's top: the scene's numbers stand below it (it covered scene 5's 175,000 and its 5).
  await page.goto('/present/5');
  await waitForIdle(page);
  const counter = (await page.locator('.scene-counter').boundingBox())!;
  for (const claim of ['projected-175k', 'deployed-90k']) {
    const callout = (await page.locator(`button.callout[data-claim="${claim}"]`).boundingBox())!;
    expect(callout.y, `callout of ${claim} below the counter`).toBeGreaterThanOrEqual(counter.y + counter.height);
  }
});

test('a 4:3 stage shows Crimea and its note above the caption in the scenes framed on it', async ({ page }) => {
  // The caption stood over the map's foot, and the map may not pan past the region's south edge (40° N): at 1024×768
  // the peninsula lay under "…including in Crimea", 162 px below the caption's top.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/3');
  await waitForIdle(page);
  await expect(caption(page)).toContainText('including in Crimea');
  const [mapBox, band] = [(await map(page).boundingBox())!, (await page.locator('.caption').boundingBox())!];
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#[\d.]+\/[\d.]+\/[\d.]+$/);
  const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
  // Crimea's bounding box (geo/data/crimea.geojson), north-west and south-east corners, in the stage's map.
  const [northWest, southEast] = ([[32.481, 46.219], [36.639, 44.383]] as const).map((lngLat) => project({ zoom, lat, lng }, mapBox, [...lngLat]));
  expect(northWest.x).toBeGreaterThan(0);
  expect(northWest.y).toBeGreaterThan(0);
  expect(southEast.x).toBeLessThan(mapBox.width);
  // Its southern tip, with a line for "Crimea: occupied by Russia since 2014" under it, above the caption and the
  // map's scale bar.
  expect(mapBox.y + southEast.y + 30, 'the note under the southern tip, above the caption').toBeLessThanOrEqual(band.y);
  expect(southEast.y + 30, 'and above the scale bar').toBeLessThanOrEqual(mapBox.height - 32);
  expect(mapBox.y + mapBox.height, 'the map ends where the caption begins').toBeLessThanOrEqual(band.y + 0.5);
});

/** Whether the caption's text overflows its band (it would be cut off, or need scrolling). */
const captionOverflow = (page: import('@playwright/test').Page) => page.locator('.caption').evaluate((el) => el.scrollHeight - el.clientHeight);

test('a long caption stays whole in its band and covers no number, on a 4:3 stage and on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/12');
  await waitForIdle(page);
  await expect(page.locator('.presenter')).toHaveAttribute('data-caption', 'below');
  // Five sources: as a box over the map's foot it was 325 px tall and covered 27; the band is the stage's width.
  expect(await captionOverflow(page), 'px of caption outside its band').toBeLessThanOrEqual(1);
  const box = (await page.locator('.caption').boundingBox())!;
  // Opaque: when the caption stood over the map, the names under it showed through (at 88%) as ghosts.
  expect(await page.locator('.caption').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(5, 10, 16)');
  const callouts = await map(page).locator('button.callout:visible').evaluateAll((buttons) => buttons.map((b) => ({ text: b.textContent!, box: b.getBoundingClientRect().toJSON() as { y: number; height: number } })));
  expect(callouts.map((c) => c.text)).toEqual(expect.arrayContaining(['27', '33', '35']));
  for (const { text, box: callout } of callouts) expect(callout.y + callout.height, `callout ${text} is above the caption`).toBeLessThanOrEqual(box.y);
  // In the stage's larger type 26 (30,000 planned in Belarus) covered most of 25 (nearly 5,000 there): apart now.
  const centres = await map(page).locator('button.callout:visible').evaluateAll((buttons) => buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { text: b.textContent!, x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width };
  }));
  expect(centres.map((c) => c.text)).toEqual(expect.arrayContaining(['25', '26']));
  for (const a of centres) {
    for (const b of centres) if (a.text < b.text) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(a.size);
  }
  // A short caption keeps the stage's usual type.
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/\/present\/2$/);
  await expect(page.locator('.caption')).not.toHaveAttribute('data-fit');
  // A phone's band is 287 px: scene 12's caption sets smaller type to fit it whole.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/present/12');
  await expect(page.locator('.caption')).toHaveAttribute('data-fit', /[1-3]/);
  expect(await captionOverflow(page), 'px of caption outside its band on a phone').toBeLessThanOrEqual(1);
});

test('beside the map, the column never scrolls: the key stands under the caption from 1,000 px tall, on every scene', async ({ page }) => {
  const column = page.locator('.stage-side');
  const legend = column.locator('.legend');
  const overflow = () => column.evaluate((el) => el.scrollHeight - el.clientHeight);
  // At 1440×900 the key ran scene 12's column 352 px below the stage; shown where it fitted, it came and went from
  // scene to scene. Below 1,000 px tall no scene has it, and no column scrolls.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/present/1');
  await waitForIdle(page);
  for (let scene = 1; scene <= 12; scene++) {
    if (scene > 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/present/${scene}$`));
    await expect(legend).toBeHidden();
    expect(await overflow(), `scene ${scene}: px of the column below the stage`).toBeLessThanOrEqual(1);
  }
  // From 1680×1050 up every scene holds it: scene 12, the longest caption, at 1920×1080.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Crimea: Ukrainian, occupied by Russia since 2014');
  expect(await overflow()).toBeLessThanOrEqual(1);
});

test('while the stage’s map loads, the server-drawn scene stands in, and the numbered callouts wait instead of floating', async ({ page }) => {
  // Every frame until the canvas shows: are callouts on the map already, and can any be seen?
  await page.addInitScript(() => {
    const seen = { waiting: 0, floating: 0, said: 0, pictured: 0, controls: 0, doubled: 0 };
    Object.assign(window, { calloutFrames: seen });
    const check = () => {
      const stage = document.querySelector('[data-testid="map"]');
      if (stage?.getAttribute('data-canvas') === 'shown') return;
      if (stage && getComputedStyle(stage, '::before').content.includes('Loading the map')) seen.said++;
      const callouts = [...document.querySelectorAll('button.callout')];
      if (callouts.length > 0) seen.waiting++;
      if (document.querySelector('.map-picture')?.checkVisibility({ visibilityProperty: true })) seen.pictured++;
      if (callouts.some((c) => c.checkVisibility({ visibilityProperty: true, opacityProperty: true }))) seen.floating++;
      // The picture carries its own data credit: MapLibre's, shown over it, printed the credit twice.
      const credit = document.querySelector('.maplibregl-ctrl-attrib');
      if (credit) seen.controls++;
      if (credit?.checkVisibility({ visibilityProperty: true })) seen.doubled++;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('/present/5');
  await waitForIdle(page);
  const frames = await page.evaluate(() => (window as unknown as { calloutFrames: Record<'waiting' | 'floating' | 'said' | 'pictured' | 'controls' | 'doubled', number> }).calloutFrames);
  expect(frames.pictured, 'frames in which the server-drawn scene stood in for the map').toBeGreaterThan(0);
  // Once the live map shows, the picture is gone: a scene change loads and decodes nothing during its flight.
  await expect(page.locator('svg.map-picture')).toHaveCount(0);
  expect(frames.said, 'frames in which the empty stage said the map is loading').toBeGreaterThan(0);
  expect(frames.waiting, 'the callouts were placed before the canvas showed (else this test proves nothing)').toBeGreaterThan(0);
  expect(frames.floating, 'frames with a callout visible over the not yet drawn map').toBe(0);
  expect(frames.controls, 'MapLibre had made its controls before the canvas showed (else the next line proves nothing)').toBeGreaterThan(0);
  expect(frames.doubled, 'frames with MapLibre\'s credit shown over the picture\'s own').toBe(0);
  await expect(page.locator('.maplibregl-ctrl-attrib'), 'the live map\'s credit, once it shows').toBeVisible();
  await expect(page.locator('button.callout[data-claim="projected-175k"]')).toBeVisible();
});

test('without WebGL the stage shows each scene as the server draws it, and the keys still walk the scenes', async ({ page }) => {
  await withoutWebGl(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/5');
  await expect(map(page)).toHaveAttribute('data-map-state', 'fallback');
  const picture = page.locator('svg.map-picture image');
  await expect(page.locator('svg.map-picture')).toBeVisible();
  for (const scene of [5, 6]) {
    const href = await picture.getAttribute('href');
    // The map-only export of this scene at the size of the stage's map (1.2 × 720 beside the caption), framed for a
    // caption beside it, pinned to the data version on screen.
    expect(href).toMatch(new RegExp(`^/api/export\\?scene=${scene}&caption=beside&layout=map-only&width=864&height=720&format=svg&theme=dark`));
    const answer = await page.request.get(href!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('image/svg+xml');
    if (scene === 5) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\/6$/);
  }
  // The message stays clear of the scene counter.
  const [message, counter] = [await map(page).getByRole('alert').boundingBox(), await page.locator('.scene-counter').boundingBox()];
  expect(message!.y, 'the map message is below the scene counter').toBeGreaterThan(counter!.y + counter!.height);
});

/** Pixels of the dark stage's light letters (each channel above 190) in a strip of the page. */
async function lightPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const strip = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.min(data[i], data[i + 1], data[i + 2]) > 190) count++;
    return count;
  }, strip.toString('base64'));
}

test('a name the map\'s edge or its credit would cut is left out: none is cut beside the caption (scene 11, 1280 × 720)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/11');
  await waitForIdle(page);
  const box = (await map(page).boundingBox())!;
  const credit = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
  // The map's last 3 px of columns, from its top to its credit strip: Voronezh, Luhansk and Rostov-on-Don were cut there
  // ("Voron", "Luha", "Ros"), their light letters running into the caption's column.
  const light = await lightPixels(page, { x: box.x + box.width - 3, y: box.y, width: 3, height: credit.y - box.y });
  expect(light, 'pixels of names\' letters at the map\'s right edge').toBe(0);
});

test('K\'s key over the map leaves out the names under it, rather than leaving their ends beside it (scene 9, 1280 × 720)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/9');
  await waitForIdle(page);
  await page.keyboard.press('k');
  const key = map(page).locator('.legend');
  await expect(key).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The key' })).toHaveText('The key is over the map: K hides it.');
  // The map draws again once the key has found its corner; then the 3 px beside the key's right edge are clear.
  await page.waitForTimeout(1500);
  const box = (await key.boundingBox())!;
  // The "IA" of RUSSIA stood there, the rest of the name under the key.
  const light = await lightPixels(page, { x: box.x + box.width + 1, y: box.y, width: 3, height: box.height });
  expect(light, 'pixels of names\' letters beside the key').toBe(0);
  // Names clear of the key stay: Moscow, beside it (squares as deep as the key stood out past it and left it out).
  expect(await lightPixels(page, { x: box.x + box.width + 20, y: box.y, width: 100, height: 60 }), 'Moscow\'s letters').toBeGreaterThan(50);
});

test('a clicker steps the stage from an open source card or export dialog, closing it, and changes none of the dialog\'s fields', async ({ page }) => {
  await page.goto('/present/3');
  await waitForIdle(page);
  await page.locator('button.callout:not([hidden])').first().click();
  await expect(page.locator('dialog.source-card')).toBeVisible();
  // The card stayed on air and the scene did not change until Esc.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/present\/4$/);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await page.keyboard.press('e');
  const dialog = page.locator('dialog.export-dialog');
  await expect(dialog).toBeVisible();
  const picture = dialog.locator('select').first();
  const before = await picture.inputValue();
  // Focus on the dialog's first field: PageDown changed the picture's kind there.
  await picture.focus();
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\/present\/3$/);
  await expect(dialog).toBeHidden();
  await page.keyboard.press('e');
  await expect(dialog).toBeVisible();
  expect(await picture.inputValue()).toBe(before);
  // The dialog's other keys stay its own: an arrow in a field does not step the stage.
  await picture.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/3$/);
  await expect(dialog).toBeVisible();
});

test('a typed number no scene has goes nowhere: 1 then 3 of 12 scenes stays on the scene', async ({ page }) => {
  await page.goto('/present/5');
  await waitForIdle(page);
  await page.keyboard.press('1');
  await page.keyboard.press('3');
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/present\/5$/);
  await page.keyboard.press('3');
  await expect(page).toHaveURL(/\/present\/3$/);
});

test('keys still work after the map is clicked (the map does not swallow them)', async ({ page }) => {
  await page.goto('/present/2');
  await waitForIdle(page);
  await map(page).click({ position: { x: 100, y: 100 } });
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/3$/);
});

test('reload keeps the scene, and junk addresses go to the nearest valid scene, which says there is no such scene', async ({ page }) => {
  await page.goto('/present/3');
  await page.reload();
  await expect(page.locator('.scene-counter')).toContainText('Scene 3 of 12');
  for (const [junk, scene, asked] of [['/present/0', 1, '0'], ['/present/99', 12, '99'], ['/present/abc', 1, 'abc'], ['/present/-2', 1, '-2'], ['/present/2/extra', 2, null], ['/present/02', 2, null]] as const) {
    await page.goto(junk);
    // It showed scene 12 for /present/99 without a word.
    await expect(page, junk).toHaveURL(new RegExp(`/present/${scene}${asked === null ? '' : `\\?asked=${asked}`}$`));
    if (asked === null) await expect(page.locator('.scene-notice'), junk).toHaveCount(0);
    else await expect(page.locator('.scene-counter'), junk).toContainText(`There is no scene “${asked}”; the story has 12. Scene ${scene} of 12`);
  }
  // The next scene is one the story has: its address and counter no longer say so; the date asked for stays.
  await page.goto('/present/13?date=2021-12-06');
  await expect(page).toHaveURL(/\/present\/12\?date=2021-12-06&asked=13$/);
  await expect(page.locator('.scene-notice')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/present\/11\?date=2021-12-06$/);
  await expect(page.locator('.scene-counter')).toContainText('Scene 11 of 12');
  await expect(page.locator('.scene-notice')).toHaveCount(0);
});

test('a ?date= the timeline does not have is said on the stage until the next scene, which drops it from the address', async ({ page }) => {
  const said = '“banana” is not a date from 30 October 2021 to 24 February 2022 (written YYYY-MM-DD): the scenes without a date of their own show the latest, 24 February 2022.';
  // Scene 12 has no date of its own: the address's date would have dated it. It showed the latest without a word.
  await page.goto('/present/12?date=banana');
  await expect(page.locator('.scene-counter')).toContainText(`${said} Scene 12 of 12`);
  await expect(page.locator('.scene-date')).toHaveText('· as of 24 February 2022');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/present\/11$/);
  await expect(page.locator('.scene-notice')).toHaveCount(0);
  // Both said at once (a scene the story has not, and a date outside the timeline); a date it has is kept and not named.
  await page.goto('/present/40?date=2023-01-01&theme=dark');
  await expect(page).toHaveURL(/\/present\/12\?date=2023-01-01&theme=dark&asked=40$/);
  await expect(page.locator('.scene-counter')).toContainText('There is no scene “40”; the story has 12. “2023-01-01” is not a date from 30 October 2021');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/present\/11\?theme=dark$/);
  await page.goto('/present/12?date=2021-12-06');
  await expect(page.locator('.scene-notice')).toHaveCount(0);
});

test('B blacks the screen, ? shows the keys (a key closes them, not acting behind them), Esc leaves to the dashboard at the same view and date', async ({ page }) => {
  await page.goto('/present/4');
  await waitForIdle(page);
  await page.keyboard.press('b');
  await expect(page.locator('.black-screen')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('.black-screen')).toHaveCount(0);
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Presenter keys' });
  await expect(keys).toContainText('black screen');
  await expect(keys).toContainText('Any key closes this.');
  await page.keyboard.press('ArrowRight');
  await expect(keys).toHaveCount(0);
  await expect(page).toHaveURL(/\/present\/4$/);
  // Tab too: it took the focus out of the help, which stayed open over the stage.
  await page.keyboard.press('?');
  await expect(keys).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(keys).toHaveCount(0);
  await expect(page).toHaveURL(/\/present\/4$/);
  // Scene 4 is as of 6 December 2021: the dashboard opens there, not on the latest date.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?date=2021-12-06&theme=dark#\d+(\.\d+)?\/4[45](\.\d+)?\/3[34](\.\d+)?$/);
  await expect(page.locator('.site-header')).toBeVisible();
  // In the stage's dark theme, whatever the system's: a white dashboard flashed on a dark broadcast.
  await expect(page.locator('.dashboard')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /^6 December 2021/);
});

test('no site chrome in the presenter view', async ({ page }) => {
  await page.goto('/present/1');
  await expect(page.locator('.presenter')).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.panel')).toHaveCount(0);
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
});

/**
 * The scale bar's readings (its label and its width in pixels) from a key press until the camera settles: a flight
 * passes through others, a jump does not. Recorded in the page at every change (polling from the test missed a
 * loaded machine's few flight frames once). The width counts too: its label is rounded, and on a loaded CI machine
 * the flight's few frames all fell on the start's or the end's label ("2 readings").
 */
async function scaleReadingsAfter(page: import('@playwright/test').Page, key: string) {
  await page.evaluate(() => {
    const scale = document.querySelector<HTMLElement>('.maplibregl-ctrl-scale')!;
    const read = () => `${scale.textContent} (${scale.style.width})`;
    const readings = [read()];
    new MutationObserver(() => {
      if (read() !== readings.at(-1)) readings.push(read());
    }).observe(scale, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    Object.assign(window, { scaleReadings: readings });
  });
  await page.keyboard.press(key);
  await page.waitForTimeout(2500);
  return page.evaluate(() => (window as unknown as { scaleReadings: string[] }).scaleReadings);
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`with reducedMotion=${reducedMotion} the scene change ${reducedMotion === 'reduce' ? 'jumps' : 'flies'}`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/present/1');
    await waitForIdle(page);
    const readings = await scaleReadingsAfter(page, '4');
    await expect(page).toHaveURL(/\/present\/4$/);
    if (reducedMotion === 'reduce') expect(readings, readings.join(' → ')).toHaveLength(2);
    else expect(readings.length, readings.join(' → ')).toBeGreaterThan(2);
    await context.close();
  });
}

test('the notes window and the presenting window follow each other', async ({ browser }) => {
  const context = await browser.newContext();
  const stage = await context.newPage();
  const notes = await context.newPage();
  await stage.goto('/present/3');
  await notes.goto('/present/notes');
  await expect(notes.locator('.notes')).toHaveAttribute('data-scene', '3');
  await expect(notes.locator('#notes-current')).toHaveText("Now: Ukraine's border, early December");
  await expect(notes.locator('.notes-date')).toHaveText('As of 6 December 2021');
  await expect(notes.locator('#notes-next')).toHaveText('Next: Crimea, occupied since 2014 (as of 6 December 2021)');
  await expect(notes.locator('.notes-text')).toContainText('approximately 94,000 troops');
  await expect(notes.locator('.notes-timer')).toHaveText(/^\d\d:\d\d$/);
  // The notes window lists its own keys (they act on the stage), not the stage's.
  await expect(notes.getByRole('region', { name: 'Keys in this window' })).toContainText('black out the stage, or bring it back');
  await expect(notes.getByRole('region', { name: 'Keys in this window' })).not.toContainText('fullscreen');

  await stage.bringToFront();
  await stage.keyboard.press('ArrowRight');
  await expect(notes.locator('.notes')).toHaveAttribute('data-scene', '4');

  await notes.bringToFront();
  await notes.getByRole('button', { name: 'Next' }).click();
  await expect(stage).toHaveURL(/\/present\/5$/);
  await notes.keyboard.press('ArrowLeft');
  await expect(stage).toHaveURL(/\/present\/4$/);

  // What was left open on the stage closes when the notes step: a source card showed another scene's figure on air.
  await stage.bringToFront();
  await stage.locator('button.callout:visible').first().click();
  await expect(stage.getByRole('dialog')).toBeVisible();
  await notes.bringToFront();
  await notes.keyboard.press('ArrowRight');
  await expect(stage).toHaveURL(/\/present\/5$/);
  await expect(stage.getByRole('dialog')).toHaveCount(0);
  // B in the notes blacks out the stage and brings it back; the notes can step behind it.
  await notes.keyboard.press('b');
  await expect(stage.locator('.black-screen')).toBeVisible();
  await notes.keyboard.press('ArrowRight');
  await expect(stage).toHaveURL(/\/present\/6$/);
  await expect(stage.locator('.black-screen')).toBeVisible();
  await notes.keyboard.press('b');
  await expect(stage.locator('.black-screen')).toHaveCount(0);
  // K in the notes puts the key over the stage's map, and takes it back.
  await notes.keyboard.press('k');
  await expect(stage.locator('.presenter-map .legend')).toBeVisible();
  await notes.keyboard.press('k');
  await expect(stage.locator('.presenter-map .legend')).toHaveCount(0);
  // With the presenting window gone, the notes say that their keys step nothing on screen.
  await expect(notes.locator('.notes-stage')).toHaveCount(0);
  await stage.close();
  await expect(notes.locator('.notes-stage')).toHaveText(/^No presenting window answers/, { timeout: 10_000 });
  await context.close();
});

test('K puts the map\'s key over the map on a 720p stage, keeps it from scene to scene, and K again takes it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/6');
  await waitForIdle(page);
  const overMap = page.locator('.presenter-map .legend');
  // Below 1,000 px tall the column has no room for it: none is shown until the presenter asks.
  await expect(page.locator('.stage-side .legend')).toBeHidden();
  await expect(overMap).toHaveCount(0);
  await page.keyboard.press('k');
  await expect(overMap).toBeVisible();
  await expect(overMap).toContainText('Crimea: Ukrainian, occupied by Russia since 2014');
  await expect(overMap).toContainText('NATO eastern flank (Bucharest Nine)');
  // Always open under a plain heading: a fold button there once did nothing (K shows and hides it).
  await expect(overMap.getByRole('button')).toHaveCount(0);
  // Whole, inside the map, clear of the column and of the scale bar under it.
  const box = (await overMap.boundingBox())!;
  const mapBox = (await page.locator('.presenter-map').boundingBox())!;
  const scale = (await page.locator('.presenter .maplibregl-ctrl-scale').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(mapBox.x);
  expect(box.x + box.width).toBeLessThanOrEqual(mapBox.x + mapBox.width);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(scale.y);
  expect(await overMap.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/7$/);
  await expect(overMap).toBeVisible();
  // Scene 8 is about Belarus, whose numbers stood under the key in the lower left: it moves to a corner clear of them.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/8$/);
  await waitForIdle(page);
  const clearOfCallouts = () => page.evaluate(() => {
    const key = document.querySelector('.presenter-map .legend')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.presenter-map button.callout')].filter((b) => !b.hidden).map((b) => {
      const r = b.getBoundingClientRect();
      return { label: b.textContent, clear: r.right <= key.left || key.right <= r.left || r.bottom <= key.top || key.bottom <= r.top };
    });
  });
  await expect.poll(async () => (await clearOfCallouts()).filter((c) => !c.clear).map((c) => c.label)).toEqual([]);
  expect((await clearOfCallouts()).map((c) => c.label)).toEqual(expect.arrayContaining(['25', '26']));
  await page.keyboard.press('K');
  await expect(overMap).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presenter keys' })).toContainText("the map's key over the map, or back");
});

test('K keeps the key off the figures\' circles too, not only their numbers (scene 5 at 1280×720)', async ({ page }) => {
  // Counting numbers alone, it went to the upper left, over the top half of the 175,000 circle whose 5 it just cleared.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/5');
  await waitForIdle(page);
  await page.keyboard.press('k');
  const overMap = page.locator('.presenter-map .legend');
  await expect(overMap).toBeVisible();
  await expect(overMap).toHaveAttribute('data-corner', 'lower-left');
  const key = (await overMap.boundingBox())!;
  const five = (await page.locator('.presenter-map button.callout[data-claim="projected-175k"]').boundingBox())!;
  // The circle hangs from its number down and to the left: the key stands below it.
  expect(key.y, 'the key starts below the 175,000 circle\'s number').toBeGreaterThan(five.y + five.height);
});

test('a stage zoomed to 200% (640×360) keeps every scene\'s caption and sources on screen, the scale bar clear of the credit', async ({ page }) => {
  // At 640×360 eleven of the twelve columns ran their sources line below the stage's edge, out of reach.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto('/present/1');
  await waitForIdle(page);
  for (let scene = 1; scene <= 12; scene++) {
    if (scene > 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/present/${scene}$`));
    await expect.poll(() => page.evaluate(() => {
      const column = document.querySelector('.stage-side')!;
      const last = document.querySelector('.caption')!.lastElementChild!.getBoundingClientRect();
      return column.scrollHeight - column.clientHeight <= 1 && last.bottom <= window.innerHeight;
    }), { message: `scene ${scene}: the caption's last line on screen` }).toBe(true);
  }
  const [scale, credit] = [(await page.locator('.presenter .maplibregl-ctrl-scale').boundingBox())!, (await page.locator('.presenter .maplibregl-ctrl-attrib').boundingBox())!];
  expect(scale.y + scale.height, 'the scale bar stands above the credit').toBeLessThanOrEqual(credit.y);
});

test('Esc leaves for the dashboard with its server-drawn map at once, not a blank box while the live map loads', async ({ page }) => {
  // A router push left the dashboard's map a blank dark box for about 5 s, on air: its server-drawn map comes only
  // with its HTML.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/4');
  await waitForIdle(page);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?date=[\d-]+&theme=dark&frame=\d+x\d+#/);
  const drawn = page.locator('.map-underlay > svg');
  await expect(drawn).toBeVisible();
  expect((await drawn.boundingBox())!.width).toBeGreaterThan(400);
  await expect(page.locator('.map-underlay .callout').first()).toBeAttached();
});
