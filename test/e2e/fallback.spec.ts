import { expect, type Page, test } from '@playwright/test';
import { map, project, waitForHydration, waitForIdle, withoutWebGl } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on a phone the figures and sources flow on in the page, and the header keeps no room for buttons that need script', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    // They were read through a 250 px strip scrolling inside the screen, which has no handle to raise it here.
    const panel = page.locator('.panel');
    expect(await panel.evaluate((p) => p.scrollHeight - p.clientHeight), 'px of the panel hidden inside it').toBeLessThanOrEqual(1);
    expect((await panel.boundingBox())!.height).toBeGreaterThan(1500);
    await expect(page.locator('.site-header [data-needs-script]').first()).toBeHidden();
    expect((await page.locator('.site-header').boundingBox())!.height, 'no blank room for the buttons').toBeLessThan(130);
  });

  test('the server-drawn map and the figures of the day are there', async ({ page }) => {
    await page.goto('/?date=2021-12-06');
    await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
    // Four figures that day: Ukraine's count and plan, the U.S. estimate and plan, each drawn with fill and outline.
    await expect(map(page).locator('.map-underlay > svg [data-layer^="figure-"] use:visible')).toHaveCount(7);
    await expect(map(page).locator('.map-underlay > svg [data-layer="figure-projection-outline"] use:visible')).toHaveCount(2);
    const figures = page.locator('.headline-figures');
    await expect(figures).toContainText('90,000');
    await expect(figures).toContainText('Ukrainian officials');
    await expect(figures).toContainText('175,000');
    await expect(figures).toContainText('U.S. intelligence');
    await expect(page.locator('#map-description')).toContainText('Crimea, Ukrainian territory occupied by Russia since 2014');
    // The licences ask for the credit wherever the map is shown: the city names are GeoNames' (CC BY 4.0).
    await expect(page.locator('.map-credit')).toHaveText('Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)');
  });

  test('on a laptop the key is open, within the map; on a phone it stays folded', async ({ page }) => {
    // Its button cannot unfold it without script: folded, the key was out of reach at every laptop size.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const key = map(page).locator('.legend');
    await expect(key.locator('li[data-entry="crimea"]')).toBeVisible();
    await expect(key).toContainText('Troops reported, numbered by source');
    const [mapBox, keyBox] = [(await map(page).boundingBox())!, (await key.boundingBox())!];
    expect(keyBox.y, 'the key starts within the map').toBeGreaterThanOrEqual(mapBox.y);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(key.locator('li[data-entry="crimea"]')).toBeHidden();
  });

  test('a number on the map leads to its source with the exact words', async ({ page }) => {
    await page.goto('/?date=2022-02-18');
    await map(page).locator('.map-underlay .callout[data-footnote="31"]:visible').click();
    await expect(page).toHaveURL(/\/sources\?date=2022-02-18#source-ukraine-intel-148k$/);
    await expect(page.locator('#source-ukraine-intel-148k')).toContainText('more than 148,000');
    await expect(page.locator('#source-ukraine-intel-148k')).toBeInViewport();
  });

  test('a footnote leads to its source with the exact words, and no control that needs script is shown', async ({ page }) => {
    await page.goto('/?date=2021-12-06');
    for (const name of ['Export image', 'Copy link', 'Copy embed code', 'Dark theme', 'Play']) {
      const button = page.getByRole('button', { name, includeHidden: true });
      await expect(button).toHaveCount(1);
      await expect(button).toBeDisabled();
      await expect(button).toBeHidden();
    }
    // What cannot work without script says so: the layer boxes show the layers, disabled; the slider takes no focus
    // (its ‹ › links do its work).
    await expect(page.getByRole('checkbox')).toHaveCount(3);
    for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeDisabled();
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('tabindex', '-1');
    // …and looks it: its thumb grey, not the accent of a control that moves (a slow phone's reader tapped it in vain).
    const thumbColour = () => page.locator('.date-thumb').evaluate((thumb) => getComputedStyle(thumb).backgroundColor);
    const [muted, accent] = await page.locator('.date-control').evaluate((control) => ['--bm-muted-text', '--bm-accent'].map((name) => {
      const probe = control.appendChild(document.createElement('span'));
      probe.style.color = `var(${name})`;
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }));
    expect(muted).not.toBe(accent);
    expect(await thumbColour()).toBe(muted);
    await expect(map(page).getByRole('button', { name: 'Legend' })).toBeDisabled();
    await page.locator('.headline-figures li[data-claim="projected-175k"] a.footnote').click();
    await expect(page).toHaveURL(/\/sources\?date=2021-12-06#source-projected-175k$/);
    await expect(page.locator('#source-projected-175k')).toContainText('175,000');
    await expect(page.locator('#source-projected-175k')).toBeInViewport();
  });

  test('the sources known by the date are a page of their own, with the exact words and citations', async ({ page }) => {
    await page.goto('/?date=2021-12-06');
    await page.getByRole('link', { name: /^Every source, with the exact words/ }).click();
    await expect(page).toHaveURL(/\/sources\?date=2021-12-06$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources as of 6 December 2021');
    const shown = page.locator('.sources > li:visible');
    await expect(shown).toHaveCount(17);
    await expect(page.locator('#source-deployed-90k blockquote')).toContainText('90,000');
    await expect(page.locator('#source-deployed-90k')).toContainText('RFE/RL');
    await expect(page.locator('.sources')).not.toContainText('169,000', { useInnerText: true });
    await expect(page.locator('.claims-table-frame tbody tr:visible')).toHaveCount(17);
    // The entries are the whole record here: no button leads to a card this page does not have.
    await expect(page.getByRole('button', { name: 'Open source card' })).toHaveCount(0);
    await page.getByRole('link', { name: /the map$/ }).click();
    await expect(page).toHaveURL(/\/\?date=2021-12-06$/);
  });
});

test('without WebGL the page reads fallback, keeps the static map and stays usable', async ({ page }) => {
  await withoutWebGl(page);
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-state', 'fallback');
  await expect(map(page).getByRole('alert')).toContainText('needs WebGL');
  await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
  await page.locator('.headline-figures a.footnote').first().click();
  await expect(page.locator('dialog.source-card')).toContainText('reaching 147,000 people with the naval and aviation component');
});

test.describe('the server-drawn map scaled to fit', () => {
  test.use({ javaScriptEnabled: false });

  /** The names and callouts the viewer sees (the sets not drawn for this size have no box), in CSS px. */
  const seen = (page: Page) => map(page).locator('.map-underlay > svg').evaluate((svg) => {
    const box = (e: Element) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number };
    return {
      names: [...svg.querySelectorAll('[data-labels] text')].map((t) => ({ set: t.closest('[data-labels]')!.getAttribute('data-labels'), text: t.textContent!, box: box(t) })).filter((t) => t.box.height > 0),
      callouts: [...svg.querySelectorAll('.callout circle')].map((c) => box(c).width).filter((width) => width > 0),
    };
  });

  test('keeps its names and numbers readable and apart at any width', async ({ page }) => {
    await page.goto('/embed?date=2022-02-18');
    // The embed's map is 4:3 of its width: the first paint (960×720) at 1, 0.6 and 0.4 of its size.
    for (const [width, set] of [[960, '1'], [576, '1.5'], [384, '2.5']] as const) {
      await page.setViewportSize({ width, height: 900 });
      const { names, callouts } = await seen(page);
      expect(new Set(names.map((n) => n.set)), `at ${width} px one set of names shows`).toEqual(new Set([set]));
      expect(names.map((n) => n.text), `at ${width} px`).toEqual(expect.arrayContaining(['Kyiv', 'Kharkiv', 'Donetsk', 'Crimea: occupied by Russia since 2014']));
      // Type of 10 px or more has a box at least 12 px high (the live map's 12 px type, 14); unscaled at 0.4 it was 6.
      for (const n of names) expect(n.box.height, `"${n.text}" at ${width} px`).toBeGreaterThanOrEqual(12);
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          const apart = a.box.x + a.box.width <= b.box.x + 1 || b.box.x + b.box.width <= a.box.x + 1 || a.box.y + a.box.height <= b.box.y + 1 || b.box.y + b.box.height <= a.box.y + 1;
          expect(apart, `"${a.text}" and "${b.text}" at ${width} px do not overlap`).toBe(true);
        }
      }
      expect(callouts.length, `at ${width} px`).toBeGreaterThan(5);
      for (const diameter of callouts) expect(diameter, `a callout at ${width} px`).toBeGreaterThanOrEqual(20);
    }
  });

  test('lays out none of what it does not show: the other sizes\' names, the numbers of other dates, the chart\'s marks', async ({ page }) => {
    // Chromium lays out all that a hidden <g> holds (getBBox then measures it); what has no layout measures 0.
    const measured = (selector: string) => page.locator(selector).evaluateAll((texts) => texts.map((t) => (t as SVGGraphicsElement).getBBox().width));
    for (const [width, shown] of [[1280, '1'], [375, '2.5']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/?date=2021-12-06');
      const [seen, unseen] = [await measured(`.map-underlay [data-labels="${shown}"] text`), await measured(`.map-underlay [data-labels]:not([data-labels="${shown}"]) text`)];
      expect(seen.length, `at ${width} px`).toBeGreaterThan(10);
      expect(seen.every((w) => w > 0), `the names shown at ${width} px are laid out`).toBe(true);
      expect(unseen.length).toBeGreaterThan(10);
      expect(unseen.filter((w) => w > 0), `the other sets' names at ${width} px`).toEqual([]);
      const [numbers, otherDates] = [await measured('.map-underlay .callout:not([data-off]) text'), await measured('.map-underlay .callout[data-off] text')];
      expect(numbers.length).toBeGreaterThan(3);
      expect(numbers.every((w) => w > 0)).toBe(true);
      expect(otherDates.length, 'numbers said on other dates').toBeGreaterThan(10);
      expect(otherDates.filter((w) => w > 0), `the numbers of other dates at ${width} px`).toEqual([]);
      const chartMarks = await measured('.chart-frame svg [data-off] :is(text, path, circle)');
      expect(chartMarks.length).toBeGreaterThan(0);
      expect(chartMarks.filter((w) => w > 0), 'the chart\'s marks of other dates').toEqual([]);
    }
  });
});

test('while the live map is still transparent over it, a number on the server-drawn map opens its card', async ({ page }) => {
  // The GPU never reports its drawing done, so the live canvas stays transparent (for its 5 s limit) over the map
  // the viewer sees, and takes the clicks.
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const read = proto.getSyncParameter;
    proto.getSyncParameter = function (this: WebGL2RenderingContext, sync: WebGLSync, name: GLenum) {
      return name === this.SYNC_STATUS ? this.UNSIGNALED : read.call(this, sync, name);
    };
  });
  await page.goto('/?date=2022-02-18');
  await expect(map(page)).toHaveAttribute('data-map-state', 'idle');
  await expect(map(page)).toHaveAttribute('data-canvas', 'hidden');
  const box = (await map(page).locator('.map-underlay .callout[data-footnote="31"]:visible').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('more than 148,000 troops');
  await expect(map(page), 'all within the canvas\'s wait').toHaveAttribute('data-canvas', 'hidden');
});

test('printing shows the server-drawn map, not the WebGL canvas', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  await page.emulateMedia({ media: 'print' });
  await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
  await expect(map(page).locator('.map-canvas')).toBeHidden();
  await expect(page.locator('.sources')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('tapping a number on the server-drawn map opens its source card, from the top, and loads no map engine', async ({ page }) => {
    const engine: string[] = [];
    page.on('request', (r) => /maplibre-gl/.test(r.url()) && engine.push(r.url()));
    await page.goto('/?date=2022-02-18');
    await expect(map(page)).toHaveAttribute('data-engine', 'deferred');
    // Before the page has come alive, the number is a link to its source on /sources (tested without JavaScript above).
    await waitForHydration(page);
    const callout = map(page).locator('.map-underlay .callout[data-footnote="31"]:visible');
    await callout.tap();
    const card = page.getByRole('dialog');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('more than 148,000 troops');
    await expect(card).toContainText('A Ukrainian intelligence report shared with CNN');
    await expect(page).toHaveURL(/[?&]source=ukraine-intel-148k/);
    // The card is taller than the phone: it opens at its number and heading, not scrolled to its Close button.
    await expect(card.getByText('Source 31', { exact: true })).toBeInViewport();
    await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
    // Who said it is all the reader asked for: a slow phone fetched the engine's 435 KB behind the card.
    await page.waitForTimeout(1000);
    await expect(map(page)).toHaveAttribute('data-engine', 'deferred');
    expect(engine).toEqual([]);
  });

  test('the open legend leaves the start button clear, and scrolls for the rest of the key', async ({ page }) => {
    await page.goto('/');
    const start = map(page).getByRole('button', { name: 'Explore the interactive map' });
    await expect(start).toBeVisible();
    await page.getByRole('button', { name: 'Legend' }).tap();
    const body = map(page).locator('.legend-body');
    await expect(body).toBeVisible();
    const [button, legend] = [(await start.boundingBox())!, (await map(page).locator('.legend').boundingBox())!];
    expect(legend.y, 'the key’s top is below the start button').toBeGreaterThanOrEqual(button.y + button.height);
    const scroll = await body.evaluate((b) => ({ height: b.clientHeight, content: b.scrollHeight }));
    expect(scroll.content, 'taller than the phone’s map, the key scrolls').toBeGreaterThan(scroll.height);
    await start.tap();
    await expect(map(page)).toHaveAttribute('data-engine', 'wanted');
  });

  test('the map engine waits for the first touch, and then takes over', async ({ page }) => {
    const engine: string[] = [];
    page.on('request', (r) => /maplibre-gl|\/api\/geo\//.test(r.url()) && engine.push(r.url()));
    await page.goto('/');
    await page.waitForTimeout(1500);
    await expect(map(page)).toHaveAttribute('data-engine', 'deferred');
    await expect(map(page).locator('.map-underlay > svg')).toBeVisible();
    await expect(map(page).locator('canvas')).toHaveCount(0);
    expect(engine, 'neither the engine nor the layers are fetched before the touch (the preloads are for wide windows)').toEqual([]);
    const start = map(page).getByRole('button', { name: 'Explore the interactive map' });
    expect(await start.innerText(), 'one word, its name saying the rest').toBe('Explore');
    // The button must hide no name on the map: it once sat on Crimea and its label, then on Moscow's, then, as
    // "Interactive map", on Vilnius once Minsk's name had room beside it.
    const button = (await start.boundingBox())!;
    const names = await map(page).locator('.map-underlay [data-labels] text').evaluateAll((texts) =>
      texts.map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })).filter((t) => t.box.height > 0));
    expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['Moscow', 'Crimea: occupied by Russia since 2014']));
    // Nor any number: at 36 px tall it covered half of 26 (30,000 planned in Belarus) on 320 and 360 px phones.
    const numbers = await map(page).locator('.map-underlay .callout').evaluateAll((marks) =>
      marks.map((m) => ({ text: `callout ${m.getAttribute('data-footnote')}`, box: m.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })).filter((m) => m.box.height > 0));
    expect(numbers.map((n) => n.text)).toContain('callout 26');
    for (const { text, box } of [...names, ...numbers]) {
      const apart = button.y + button.height <= box.y || box.y + box.height <= button.y || button.x + button.width <= box.x || box.x + box.width <= button.x;
      expect(apart, `the start button and "${text}" do not overlap`).toBe(true);
    }
    expect(button.height, 'a target of at least 24 px').toBeGreaterThanOrEqual(24);
    await start.tap();
    await waitForIdle(page);
    expect(engine.filter((url) => /maplibre-gl\.[\w-]+\.mjs$/.test(url)), 'the engine arrives after the touch').toHaveLength(1);
    await expect(map(page).locator('canvas.maplibregl-canvas')).toBeVisible();
    // The live map starts where the server-drawn one was: every number stays on the screen, none under a control
    // (at MapLibre's old minimum zoom, 3.5, callouts 15 and 27 fell off the sides and 5 sat under the zoom buttons).
    expect(Number(new URL(page.url()).hash.slice(1).split('/')[0]), 'zoomed out as far as the first paint').toBeLessThan(3.5);
    await expect(map(page).locator('.maplibregl-ctrl-zoom-in'), 'a touch screen zooms with two fingers').toHaveCount(0);
    const area = (await map(page).boundingBox())!;
    const callouts = await map(page).locator('.map-canvas button.callout:visible').evaluateAll((buttons) => buttons.map((b) => ({ text: b.textContent!, box: b.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })));
    expect(callouts.length).toBeGreaterThan(5);
    for (const { text, box } of callouts) {
      expect(box.x >= area.x && box.x + box.width <= area.x + area.width && box.y >= area.y && box.y + box.height <= area.y + area.height, `callout ${text} is inside the map`).toBe(true);
    }
    // The data's credit is a line of the page under the map, from the first paint on, not a control over the map.
    await expect(map(page).locator('.maplibregl-ctrl-attrib')).toHaveCount(0);
    const credit = page.locator('.map-credit');
    await expect(credit).toHaveText('Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)');
    expect((await credit.boundingBox())!.y, 'under the map').toBeGreaterThanOrEqual(area.y + area.height - 1);
  });

  test('a Tab onto "Explore the interactive map" only focuses it (WCAG 3.2.1); pressing it starts the map and leaves the focus on the map', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const start = map(page).getByRole('button', { name: 'Explore the interactive map' });
    await expect(start).toBeVisible();
    // A Tab onto it started the map, which took the button away and moved the focus to the map's region by itself.
    // It is the map's first Tab stop, before the key's button (as it stands at the map's top).
    await page.getByRole('button', { name: 'Legend' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(start).toBeFocused();
    await page.waitForTimeout(500);
    await expect(start).toBeFocused();
    await expect(map(page)).toHaveAttribute('data-engine', 'deferred');
    // Tabbing on past it leaves the map as it is, and the focus where the Tab took it: the key's button.
    await page.keyboard.press('Tab');
    await expect(start).not.toBeFocused();
    await expect(page.getByRole('button', { name: 'Legend' })).toBeFocused();
    await expect(map(page)).toHaveAttribute('data-engine', 'deferred');
    await page.keyboard.press('Shift+Tab');
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(start).toHaveCount(0);
    await expect(map(page)).toBeFocused();
    await waitForIdle(page);
  });
});

test.describe('on narrow phones', () => {
  test.use({ hasTouch: true, isMobile: true });

  // Under 393 px the live map started at its minimum zoom, 3, closer than the server-drawn map: Crimea sat on the
  // map's foot under its number, and its note ("Crimea: occupied by Russia since 2014") was gone, in embeds too.
  for (const [path, width] of [['/', 320], ['/', 360], ['/embed', 300]] as const) {
    test(`${path} at ${width} px keeps Crimea and the room for its note once the live map starts`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      await waitForHydration(page);
      await map(page).getByRole('button', { name: 'Explore the interactive map' }).tap();
      await waitForIdle(page);
      await expect(map(page)).toHaveAttribute('data-canvas', 'shown');
      const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
      const mapBox = (await map(page).boundingBox())!;
      // Crimea's bounding box (geo/data/crimea.geojson): its north-west and south-east corners on the map.
      const [northWest, southEast] = ([[32.481, 46.219], [36.639, 44.383]] as const).map((lngLat) => project({ zoom, lat, lng }, mapBox, [...lngLat]));
      expect(northWest.x, 'Crimea inside the map').toBeGreaterThan(0);
      expect(southEast.x, 'Crimea inside the map').toBeLessThan(mapBox.width);
      // A line of the note (12 px type, its padding and the edge's clearance) under the southern tip.
      expect(southEast.y + 24, 'room for the note under Crimea').toBeLessThanOrEqual(mapBox.height);
    });
  }
});

test.describe('on a phone held sideways', () => {
  test.use({ viewport: { width: 740, height: 360 }, hasTouch: true });

  test('the live map keeps every number the server-drawn map showed, Crimea\'s among them, in a box no wider than it may be', async ({ page }) => {
    await page.goto('/');
    await map(page).getByRole('button', { name: 'Explore the interactive map' }).tap();
    await expect(map(page)).toHaveAttribute('data-canvas', 'shown', { timeout: 30_000 });
    const { area, canvas, numbers } = await map(page).evaluate((m) => {
      const box = (e: Element) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number };
      const canvasBox = box(m.querySelector('.map-canvas')!);
      const inside = (b: ReturnType<typeof box>) => b.x >= canvasBox.x - 1 && b.y >= canvasBox.y - 1 && b.x + b.width <= canvasBox.x + canvasBox.width + 1 && b.y + b.height <= canvasBox.y + canvasBox.height + 1;
      const shown = [...m.querySelectorAll<HTMLElement>('.map-canvas button.callout')].filter((c) => !c.hidden && inside(box(c)));
      return { area: box(m), canvas: canvasBox, numbers: shown.map((c) => c.textContent).sort((a, b) => Number(a) - Number(b)) };
    });
    // The map area is 740 x 240: at that shape the region's bounds made the live map zoom in, and Crimea, its figure
    // (14) and its note went off its foot, with 5 half off its top.
    expect(numbers).toEqual(['5', '12', '14', '15', '25', '26', '27', '33', '35', '36']);
    expect(canvas.height).toBe(area.height);
    expect(canvas.width).toBeLessThan(area.width * 0.6);
    expect(canvas.x - area.x, 'centred').toBeCloseTo(area.x + area.width - (canvas.x + canvas.width), 0);
  });
});

for (const width of [360, 390]) {
  test(`on a ${width} px phone the legend's button stands under the map, covers no name, and opens without the engine`, async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    await page.goto('/');
    await waitForHydration(page);
    const area = (await map(page).boundingBox())!;
    const button = page.getByRole('button', { name: 'Legend' });
    const before = (await button.boundingBox())!;
    // Over the map's corner, it covered "Budapest" at 360 px.
    expect(before.y, 'under the map, in the credit\'s row').toBeGreaterThanOrEqual(area.y + area.height - 2);
    expect(before.height, 'a target of at least 24 px').toBeGreaterThanOrEqual(24);
    const credit = (await page.locator('.map-credit').boundingBox())!;
    const text = (await page.locator('.map-credit').evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return [...range.getClientRects()].map((r) => r.toJSON() as { x: number; width: number });
    }));
    for (const line of text) expect(line.x, 'the credit\'s text starts right of the button').toBeGreaterThanOrEqual(before.x + before.width);
    // Where it wraps, the licence stays whole: "GeoNames (CC" once stood over "BY 4.0)".
    expect(await page.locator('.map-credit').evaluate((p) => {
      const licence = document.createRange();
      const node = p.firstChild!;
      const at = node.textContent!.indexOf('(CC');
      licence.setStart(node, at);
      licence.setEnd(node, at + '(CC BY 4.0)'.length);
      return new Set([...licence.getClientRects()].map((r) => Math.round(r.top))).size;
    })).toBe(1);
    expect(before.y + before.height).toBeLessThanOrEqual(credit.y + credit.height + 1);
    await button.tap();
    await expect(page.locator('.legend ul')).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    // It opens upwards: the button stays under the finger, and the key stays within the map's height.
    expect((await button.boundingBox())!.y).toBeCloseTo(before.y, 0);
    const legend = (await page.locator('.legend').boundingBox())!;
    expect(legend.y, 'no higher than the map\'s top').toBeGreaterThanOrEqual(area.y - 1);
    await expect(map(page), 'reading the key loads no map engine').toHaveAttribute('data-engine', 'deferred');
    await button.tap();
    await expect(page.locator('.legend ul')).toBeHidden();
    await phone.close();
  });
}

/**
 * When a page's style sheet had arrived and its first Next chunk was asked for (ms after navigation start), who asked
 * (a preload "link" or an added "script"), and its first contentful paint.
 */
async function styleAndChunks(page: Page) {
  // A function, not a string: the page's policy forbids evaluating strings.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/_next/static/chunks/') && r.name.endsWith('.js')));
  return page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const chunks = resources.filter((r) => r.name.includes('/_next/static/chunks/') && r.name.endsWith('.js'));
    return {
      styleArrived: Math.max(...resources.filter((r) => r.name.endsWith('.css')).map((r) => r.responseEnd)),
      firstChunk: Math.min(...chunks.map((r) => r.startTime)),
      askedBy: [...new Set(chunks.map((r) => r.initiatorType))],
      firstAskedBy: [...chunks].sort((a, b) => a.startTime - b.startTime)[0].initiatorType,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    };
  });
}

test.describe('on a larger phone held sideways', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

  test('the map, its credit and a usable date slider stand on the screen, the header in one row', async ({ page }) => {
    await page.goto('/');
    const figures = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        header: box('.site-header').height, slider: box('.date-slider').width, credit: box('.map-credit').bottom,
        map: box('.map').height, page: document.documentElement.scrollHeight, screen: window.innerHeight,
      };
    });
    // With the laptop's layout the header took 106 px of the 390, the map's foot was below the fold, and the slider
    // had about 90 px between its buttons.
    expect(figures.header).toBeLessThan(70);
    expect(figures.credit).toBeLessThanOrEqual(figures.screen);
    expect(figures.page).toBe(figures.screen);
    expect(figures.map).toBeGreaterThan(240);
    expect(figures.slider).toBeGreaterThan(200);
  });
});

test('on a phone the scripts are asked for only once the page can paint; a wide window preloads them', async ({ browser }) => {
  // A phone's screen too: Chromium's preload scanner reads a preload's media query before the page has a viewport,
  // and this project's default context has a desktop's screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  await phonePage.goto('/');
  const onPhone = await styleAndChunks(phonePage);
  // Added by the page's loader after a frame, which the style sheet had to arrive for: never before it.
  expect(onPhone.askedBy).toEqual(['script']);
  expect(onPhone.firstChunk).toBeGreaterThanOrEqual(onPhone.styleArrived);
  // And the page still comes alive: the slider (script only) moves to the first date without leaving the page. Once
  // it is alive: a Home pressed on the slider while it still said aria-disabled did nothing (a rehearsal's failure).
  await expect(phonePage.getByRole('slider', { name: 'Date' })).not.toHaveAttribute('aria-disabled', 'true');
  await phonePage.getByRole('slider', { name: 'Date' }).focus();
  await phonePage.keyboard.press('Home');
  await expect(phonePage.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuenow', '0');
  await expect(phonePage.locator('#figures-heading')).toHaveText('The figures as of 30 October 2021');
  await phone.close();

  const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const widePage = await wide.newPage();
  await widePage.goto('/');
  const onWide = await styleAndChunks(widePage);
  expect(onWide.firstAskedBy).toBe('link');
  expect(onWide.firstChunk).toBeLessThan(onWide.paint);
  await wide.close();
});

test('on a 360×640 phone the sheet of figures starts under the map’s credit, not over it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/');
  const [credit, sheet] = [(await page.locator('.map-credit').boundingBox())!, (await page.locator('.panel-sheet').boundingBox())!];
  // The map's column was held to 300 px, less than the date control, the map's 240 px and the credit it holds: the
  // credit fell 24 px under the sheet.
  expect(credit.y + credit.height, 'the credit ends where the sheet begins').toBeLessThanOrEqual(sheet.y + 0.5);
  expect((await map(page).boundingBox())!.height, 'the map keeps its 240 px').toBeGreaterThanOrEqual(240);
});
