/**
 * `headline=figures` (geo/render/figures-strip.ts): each series' latest count or estimate in large type, beside the
 * map where it narrows to the region, else under the title.
 */
import { expect, test } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { exportFilename, renderExport } from '@/geo/render/export';
import { exportFileName, exportUrl, type ExportRequest } from '@/geo/render/export-url';
import { typeUnit } from '@/geo/render/layout';
import { parseExportParams } from '@/geo/render/params';
import { BASE_URL, exportPicture as picture } from '@/test/support/export-picture';

const buildup = loadBuildup();

/** The strip's texts, each with its place and size. */
function strip(svg: string) {
  const start = svg.indexOf('<g id="figures">');
  if (start < 0) return [];
  const markup = svg.slice(start, svg.indexOf('</g>', start));
  return [...markup.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)]
    .map(([, x, y, size, weight, text]) => ({ x: Number(x), y: Number(y), size: Number(size), weight: Number(weight), text: text.replace(/&apos;/g, "'") }));
}
const numbers = (svg: string) => strip(svg).filter((t) => t.weight === 700).map((t) => t.text);
const sources = (svg: string) => svg.slice(svg.indexOf('<g id="sources">'), svg.indexOf('</g>', svg.indexOf('<g id="sources">')));

test('a square post stands the latest figures beside its map, in type a feed leaves legible, and still lists every source', () => {
  const { svg, mapBox } = picture('width=1080&height=1080&headline=figures');
  const texts = strip(svg);
  // Each series' latest count or estimate on 24 February: no plan (the 175,000s) among them. A range in a narrow
  // column as the chart writes it.
  expect(numbers(svg)).toEqual(['147,000', '169,000–190,000', '100,000', '5,000']);
  expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["Ukraine's officials [35]", 'U.S. government [33]', 'NATO [27]', 'well over', 'nearly']));
  // Who, and where when not at the border (a label may take two lines in a column).
  expect(texts.map((t) => t.text).join(' ')).toContain('U.S. government in Belarus');
  // What each counts, as the panel says it: 147,000 with naval and air forces is not growth over a ground figure.
  expect(texts.map((t) => t.text).join(' ')).toContain('reported; with naval and air');
  // Beside the map, which narrowed to the region and stands at the left margin.
  expect(mapBox.x).toBeCloseTo(2 * typeUnit(1080, 1080), 0);
  for (const t of texts) {
    expect(t.x).toBeGreaterThan(mapBox.x + mapBox.width);
    expect(t.y).toBeGreaterThan(mapBox.y);
    expect(t.y).toBeLessThan(mapBox.y + mapBox.height);
  }
  // The numbers at least 1.1 units (20 px): 9 px or more once a feed shows the post 500 px wide, the sources 5.
  expect(Math.min(...texts.filter((t) => t.weight === 700).map((t) => t.size))).toBeGreaterThanOrEqual(1.1 * typeUnit(1080, 1080) - 0.1);
  // Beside the map it costs no source: all ten, as without it.
  expect(sources(svg)).not.toContain(' more at ');
  expect(sources(picture('width=1080&height=1080').svg)).not.toContain(' more at ');
});

test('a square post whose map leaves too narrow a column narrows its map for the figures, where it then draws the same numbers and areas', () => {
  for (const [date, figures] of [['2022-01-28', ['130,000', '100,000']], ['2021-12-07', ['90,000', '70,000']]] as const) {
    const plain = picture(`width=1080&height=1080&date=${date}`);
    const headed = picture(`width=1080&height=1080&headline=figures&date=${date}`);
    // The map narrowed to the region left about 120 px each side, too narrow for the column: the figures were left out.
    expect(numbers(headed.svg)).toEqual(figures);
    expect(headed.mapBox.width).toBeLessThan(plain.mapBox.width);
    expect(headed.mapBox.x).toBeCloseTo(2 * typeUnit(1080, 1080), 0);
    for (const t of strip(headed.svg)) expect(t.x).toBeGreaterThan(headed.mapBox.x + headed.mapBox.width);
    // The same numbers on the map, so the same sources, all of them listed, and the same key.
    expect(headed.meta.claims.map((c) => c.footnote)).toEqual(plain.meta.claims.map((c) => c.footnote));
    expect(headed.meta.listed).toBe(plain.meta.listed);
    const key = (svg: string) => svg.slice(svg.indexOf('<g id="legend">'), svg.indexOf('<g id="sources">'));
    expect(key(headed.svg)).toBe(key(plain.svg));
  }
});

test('the figures across the top never cost the key, nor make the map a strip with the sources under it', () => {
  // 800 × 600: the key gave its room to the strip, and nothing said what a hatched or dashed circle is. 1000 × 700: the
  // sources went under a 213 px map, which cut off Crimea. Both now leave the figures out (the dialog says so).
  for (const [size, date] of [['800x600', '2022-01-28'], ['800x600', '2022-02-18'], ['1000x700', '2022-02-18']]) {
    const [width, height] = size.split('x');
    const query = `width=${width}&height=${height}&date=${date}&zoom=4.62&lat=50.32&lng=31.25&frame=864x626`;
    const headed = picture(`${query}&headline=figures`), plain = picture(query);
    expect(headed.svg, size).toContain('<g id="legend">');
    expect(headed.mapBox.height, size).toBeGreaterThanOrEqual(plain.mapBox.height * 0.75);
  }
});

test('where the map leaves no width beside it, the figures run across the picture under the title, if that keeps the map and every source', () => {
  // A social card of 20 November: one series, its figure under the title, above the map, and every source listed.
  const early = picture('width=1200&height=675&headline=figures&zoom=4.62&lat=50.32&lng=31.25&frame=864x626&date=2021-11-20');
  expect(numbers(early.svg)).toEqual(['92,000']);
  const texts = strip(early.svg);
  const subtitleBottom = Math.max(...[...early.svg.slice(early.svg.indexOf('<g id="header">'), early.svg.indexOf('</g>', early.svg.indexOf('<g id="header">'))).matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1])));
  for (const t of texts) {
    expect(t.y).toBeGreaterThan(subtitleBottom);
    expect(t.y).toBeLessThan(early.mapBox.y);
  }
  expect(early.mapBox.height).toBeGreaterThanOrEqual(0.3 * 675);
  expect(sources(early.svg)).not.toMatch(/ more at /);
  // On a slide, one row at the largest size, each number's kind and scope under it in the chart's few words.
  const slideSvg = picture('width=1920&height=1080&headline=figures&date=2021-12-06').svg;
  const slide = strip(slideSvg);
  expect(new Set(slide.filter((t) => t.weight === 700).map((t) => t.y)).size).toBe(1);
  expect(Math.max(...slide.map((t) => t.size))).toBeCloseTo(2.2 * typeUnit(1920, 1080), 1);
  expect(sources(slideSvg)).not.toMatch(/ more at /);
  // The latest day's social card: across the top the figures cost four of its ten sources, the two 175,000 plans'
  // among them, the largest circles on it. They give way, and the card lists all ten.
  const card = picture('width=1200&height=675&headline=figures&zoom=4.62&lat=50.32&lng=31.25&frame=864x626');
  expect(strip(card.svg)).toEqual([]);
  expect(sources(card.svg)).not.toMatch(/ more at /);
  expect(card.svg).toContain('listed="10"');
  // A square post with a long title would keep a thumbnail of a map and one source of ten: no figures there either.
  const title = encodeURIComponent('How Russia massed well over one hundred thousand troops on three sides of Ukraine before the full-scale invasion began');
  expect(strip(picture(`width=1080&height=1080&headline=figures&zoom=4.62&lat=50.32&lng=31.25&frame=864x626&title=${title}`).svg)).toEqual([]);
});

test('the strip follows the date: the figures known then, each series\' latest', () => {
  expect(numbers(picture('width=1080&height=1080&headline=figures&date=2022-01-31').svg)).toEqual(['130,000', '100,000', '5,000']);
  expect(numbers(picture('width=1200&height=675&headline=figures&date=2021-11-20').svg)).toEqual(['92,000']);
});

test('only asked for, and only on the whole page of a view', () => {
  expect(strip(picture('width=1080&height=1080').svg)).toEqual([]);
  expect(strip(picture('width=1080&height=1080&headline=figures&layout=map-only').svg)).toEqual([]);
  expect(strip(picture('width=1080&height=1080&headline=figures&layout=chart').svg)).toEqual([]);
  // The figures hidden, nothing to head the map with.
  expect(strip(picture('width=1080&height=1080&headline=figures&hide=figures').svg)).toEqual([]);
  const bad = parseExportParams(new URLSearchParams('headline=yes'), { sceneCount: 0, steps: buildup.steps });
  expect(bad).toEqual({ ok: false, errors: ['headline must be one of none, figures (got "yes")'] });
});

test('the dialog\'s address and file name say it; a scene\'s and the chart\'s do not', () => {
  const request: ExportRequest = { target: { view: { zoom: 4.6, lat: 50, lng: 31 }, date: '2022-02-18' }, hidden: [], width: 1080, height: 1080, scale: 1, format: 'png', theme: 'light', transparent: false, title: '', subtitle: '', headline: true };
  expect(exportUrl(request)).toContain('headline=figures');
  expect(exportFileName(request, 'Story')).toBe('story_2022-02-18_figures_1080x1080.png');
  expect(exportUrl({ ...request, layout: 'chart' })).not.toContain('headline');
  expect(exportUrl({ ...request, target: { scene: 3 } })).not.toContain('headline');
  expect(exportUrl({ ...request, headline: false })).not.toContain('headline');
});

test('the file name says `figures` only when the picture draws them: a long title on a square post leaves them out', async () => {
  const title = encodeURIComponent('How Russia massed well over one hundred thousand troops on three sides of Ukraine before the full-scale invasion began');
  const geo = loadGeo();
  for (const format of ['svg', 'png'] as const) {
    const named = async (query: string) => {
      const parsed = parseExportParams(new URLSearchParams(`${query}&format=${format}`), { sceneCount: 0, steps: buildup.steps });
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const { headline } = await renderExport(parsed.params, { buildup, geo, baseUrl: BASE_URL, scene: null });
      return exportFilename(parsed.params, 'Story', buildup.steps.at(-1)!, headline);
    };
    expect(await named('width=1080&height=1080&headline=figures')).toBe(`story_2022-02-24_figures_1080x1080.${format}`);
    expect(await named(`width=1080&height=1080&headline=figures&zoom=4.62&lat=50.32&lng=31.25&frame=864x626&title=${title}`)).toBe(`story_2022-02-24_1080x1080.${format}`);
  }
});
