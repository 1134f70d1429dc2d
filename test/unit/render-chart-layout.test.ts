/** `layout=chart`: the chart of figures over time as its own picture, with the sources of the figures known on its date. */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { chartSvg } from '@/geo/render/chart';
import { cssPalette } from '@/geo/render/palette';
import { renderMap } from '@/geo/render/render-svg';

const buildup = loadBuildup();
const BASE = 'https://maps.example';
const DAY = '2021-12-06';
const { svg, meta } = renderMap({
  buildup, geo: loadGeo(), view: DEFAULT_VIEW, width: 1200, height: 675, layout: 'chart', step: buildup.steps.indexOf(DAY), baseUrl: BASE,
});
const group = (id: string) => svg.slice(svg.indexOf(`<g id="${id}">`), svg.indexOf('</g>', svg.indexOf(`<g id="${id}">`)));
const byFootnote = (n: number) => buildup.claims.find((c) => c.footnote === n)!;
// Listed whole (each number a bold text of its own) or run into one paragraph ("[9] approximately 94,000 troops: …").
const listedNumbers = (sources: string) => [
  ...[...sources.matchAll(/font-weight="700"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1])),
  ...[...sources.matchAll(/[>\s]\[(\d+)\](?=[\s<])/g)].map((m) => Number(m[1])),
];
const listed = listedNumbers(group('sources')).map(byFootnote);
const charted = [...svg.matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1]);

describe('renderMap with layout chart, 1200×675 at 6 December 2021', () => {
  it('says the date it shows, and links to it', () => {
    expect(group('footer')).toContain('>As of 6 December 2021<');
    expect(meta.asOf).toBe(DAY);
    expect(meta.permalink).toBe(`${BASE}/?date=${DAY}#4.6/49/31.5`);
  });

  it('credits no map data, as it draws no map (the full layout does)', () => {
    expect(group('footer')).toContain('>As of 6 December 2021</text>');
    expect(svg).not.toContain('Natural Earth');
    expect(svg).not.toContain('GeoNames');
    expect(meta.attribution).toBeNull();
    const full = renderMap({ buildup, geo: loadGeo(), view: DEFAULT_VIEW, width: 1200, height: 675, step: buildup.steps.indexOf(DAY), baseUrl: BASE });
    expect(full.svg).toContain('As of 6 December 2021 · Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)');
    expect(full.svg).toMatch(/<bm:export [^>]* attribution="Boundaries: Natural Earth/);
  });

  it('draws no map, only the chart of the troop figures known that day', () => {
    expect(svg).not.toContain('-map-clip');
    expect(charted).toContain('deployed-90k');
    expect(charted.every((id) => buildup.claims.find((c) => c.id === id)!.saidOn <= DAY)).toBe(true);
  });

  it('lists only sources of claims known that day, in order, and counts those it has no room for', () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((c) => c.saidOn <= DAY)).toBe(true);
    expect(listed.map((c) => c.id)).toEqual(charted.filter((id) => listed.some((c) => c.id === id)));
    // What has no room is what was said earliest: the day's own figures are listed.
    const left = charted.filter((id) => !listed.some((c) => c.id === id)).map((id) => buildup.claims.find((c) => c.id === id)!);
    for (const c of left) expect(listed.every((l) => l.saidOn >= c.saidOn), c.id).toBe(true);
    expect(listed.some((c) => c.saidOn === DAY)).toBe(true);
    const rest = charted.length - listed.length;
    // The line may wrap before the permalink: read as the text it draws.
    const drawn = [...group('sources').matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    if (rest > 0) expect(drawn).toContain(`+${rest} more at ${BASE}/?date=${DAY}#4.6/49/31.5`);
    else expect(group('sources')).not.toContain(' more at ');
  });

  it('carries the source of every figure the chart draws in <metadata>, and no later one', () => {
    expect(meta.claims.map((c) => c.id)).toEqual(charted);
    expect([...svg.matchAll(/<bm:source footnote="\d+" claim="([^"]+)"/g)].map((m) => m[1])).toEqual(charted);
  });
});

// A picture desk could not tell the sources under an exported chart to its marks: they carried no numbers.
describe('an exported chart numbers its marks', () => {
  const numbers = (picture: string) => [...(picture.match(/<g class="chart-footnotes">(.*?)<\/g>/)?.[1] ?? '').matchAll(/>(\d+)<\/text>/g)].map((m) => Number(m[1]));

  it('beside each listed source\'s mark, every number a mark the picture draws', () => {
    const drawn = numbers(svg);
    expect(listed.map((c) => c.footnote).every((n) => drawn.includes(n)), `listed ${listed.map((c) => c.footnote)}, numbered ${drawn}`).toBe(true);
    expect(drawn.every((n) => charted.includes(byFootnote(n).id))).toBe(true);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('but not on the page, whose marks open their source cards', () => {
    const page = chartSvg({ claims: buildup.claims, steps: buildup.steps, step: 3, width: 400, height: 250, size: 11, palette: cssPalette, stepsInCss: true });
    expect(page).toContain('data-claim=');
    expect(page).not.toContain('chart-footnotes');
  });
});

// At 10 November 2021 the map draws one circle (3), and the full layout lists its source alone: the chart beside it
// numbered 1 and 2 too, numbers the picture gave no source for.
describe('the full layout\'s chart joins only with the sources of all its marks', () => {
  const full = renderMap({
    buildup, geo: loadGeo(), view: DEFAULT_VIEW, width: 1920, height: 1080, layout: 'full', step: buildup.steps.indexOf('2021-11-10'), baseUrl: BASE,
  });
  const footnotes = (picture: string) => [...(picture.match(/<g class="chart-footnotes">(.*?)<\/g>/)?.[1] ?? '').matchAll(/>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  it('lists the sources of the marks the map does not draw, and numbers every mark', () => {
    // At 10 November the map draws 3 alone (Zelensky's figure is Ukraine's latest); the chart 1 and 2 before it,
    // which the list left out: their marks led to no source on the picture.
    const listedHere = listedNumbers(full.svg.slice(full.svg.indexOf('<g id="sources">')));
    expect(full.svg).toContain('<g id="chart">');
    expect(listedHere).toEqual([1, 2, 3]);
    expect(footnotes(full.svg).sort()).toEqual([1, 2, 3]);
    expect(full.meta.claims.map((c) => c.footnote)).toEqual([1, 2, 3]);
    expect(full.svg).toContain('>Figures over time (numbered as in the sources)<');
  });

  it('is left out where the list has no room for them: a zoomed-in slide of 13 February drew about twenty marks sourced nowhere on it', () => {
    const zoomed = renderMap({
      buildup, geo: loadGeo(), view: { zoom: 5.98, lat: 47.573, lng: 31.25 }, viewFrame: { width: 1400, height: 1000 }, width: 1920, height: 1080, layout: 'full',
      step: buildup.steps.indexOf('2022-02-13'), baseUrl: BASE,
    });
    expect(zoomed.svg).not.toContain('<g id="chart">');
    const drawn = [...zoomed.svg.matchAll(/class="callout" data-footnote="(\d+)"/g)].map((m) => Number(m[1]));
    expect(zoomed.meta.claims.map((c) => c.footnote)).toEqual([...new Set(drawn)].sort((a, b) => a - b));
  });
});
