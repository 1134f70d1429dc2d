import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { themeCss } from '@/geo/theme-css';
import { describeFigure } from '@/geo/buildup';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW, REGION_BBOX } from '@/geo/region';
import { escapeXml } from '@/geo/render/escape-xml';
import { constrainView, mapProjection, metresPerPixel } from '@/geo/render/projection';
import { REGION_BBOX as REGION } from '@/geo/region';
import { type RenderOptions, renderMap } from '@/geo/render/render-svg';
import { roundKm } from '@/geo/render/scale-bar';
import { textRect } from '@/geo/render/place-labels';
import { textWidth } from '@/geo/render/text-metrics';
import { FONT_STACK, themes } from '@/geo/style';
import { formatDate } from '@/geo/format';
import { citationText } from '@/geo/citation';

const buildup = loadBuildup();
const geo = loadGeo();
const BASE = 'https://maps.example';
const render = (o: Partial<RenderOptions> = {}) =>
  renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1920, height: 1080, baseUrl: BASE, ...o });

const PRESETS: [number, number][] = [[1080, 1350], [1080, 1080], [1200, 675], [1920, 1080], [3840, 2160], [3508, 2480]];

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every <text> of the page (outside the map) with the box it occupies. */
function pageTexts(svg: string) {
  const page = [...svg.matchAll(/<g id="(?:header|legend|sources|footer)">(.*?)<\/g>/g)].map((m) => m[1]).join('');
  return [...page.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)" font-weight="(\d+)"([^>]*)>([^<]*)<\/text>/g)]
    .map(([, x, y, size, weight, attrs, content]) => {
      const anchor = attrs.match(/text-anchor="(\w+)"/)?.[1];
      const text = unescape(content);
      const width = textWidth(text, Number(size), Number(weight) as 400);
      return { text, rect: textRect(Number(x), Number(y), width, Number(size), (anchor ?? 'start') as 'start') };
    });
}

describe('escapeXml', () => {
  it('escapes the five markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('bell\u0007 and \ud800 lone')).toBe('bell and  lone');
  });
});

describe('the projection', () => {
  it('puts the view centre in the middle of the map box, at MapLibre’s scale', () => {
    const box = { x: 10, y: 20, width: 800, height: 600 };
    const p = mapProjection({ zoom: 5, lat: 49, lng: 31.5 }, box);
    expect(p([31.5, 49])).toEqual([410, 320]);
    // At zoom 5 the world is 512·32 px wide: one degree of longitude is 16384/360 px.
    const [x] = p([32.5, 49])!;
    expect(x - 410).toBeCloseTo(16384 / 360, 6);
  });

  it('leaves a view alone when the region covers the box', () => {
    const v = constrainView({ zoom: 4.6, lat: 49, lng: 31.5 }, 1200, 675, REGION);
    expect([v.zoom, v.lat, v.lng].map((n) => Math.round(n * 1e9) / 1e9)).toEqual([4.6, 49, 31.5]);
  });

  it('zooms in like MapLibre’s maxBounds when the box is wider than the region', () => {
    const v = constrainView({ zoom: 4.6, lat: 49, lng: 31.5 }, 1920, 1080, REGION);
    const p = mapProjection(v, { x: 0, y: 0, width: 1920, height: 1080 });
    expect(p([REGION_BBOX[0], 49])![0]).toBeCloseTo(0, 6);
    expect(p([REGION_BBOX[2], 49])![0]).toBeCloseTo(1920, 6);
    expect(v.zoom).toBeCloseTo(Math.log2(1920 / ((REGION_BBOX[2] - REGION_BBOX[0]) / 360) / 512), 9);
  });

  it('measures ground distance at the centre latitude', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo((2 * Math.PI * 6378137) / 512, 6);
    expect(metresPerPixel(5, 60)).toBeCloseTo(metresPerPixel(5, 0) / 2, 6);
    expect([roundKm(480), roundKm(199), roundKm(1000), roundKm(73)]).toEqual([200, 100, 1000, 50]);
  });
});

describe('renderMap', () => {
  it('keeps text as <text> in the Inter font stack, with the title in <title>', () => {
    const { svg } = render();
    expect(svg).toContain(`font-family="${escapeXml(FONT_STACK)}"`);
    expect(svg).toContain(`<title>${escapeXml(buildup.story.title)}</title>`);
    expect(svg).toMatch(/<text [^>]*>Sources<\/text>/);
    expect(svg).toContain(`>As of ${formatDate(buildup.asOf)} · `);
    expect(formatDate('2021-12-06')).toBe('6 December 2021');
  });

  it('carries every source and the permalink in <metadata>', () => {
    const { svg } = render();
    const metadata = svg.slice(svg.indexOf('<metadata>'), svg.indexOf('</metadata>'));
    expect(metadata).toContain(`permalink="${BASE}/#4.6/49/31.5"`);
    // Only the sources of what the image shows: the callouts it draws.
    const drawn = [...svg.matchAll(/class="callout" data-footnote="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    const listed = buildup.claims.filter((c) => drawn.includes(c.footnote));
    expect(listed.map((c) => c.id)).toEqual(['deployed-90k', 'projected-175k', 'crimea-2014', 'eastern-flank']);
    expect([...metadata.matchAll(/<bm:source footnote="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(drawn);
    for (const claim of listed) {
      expect(metadata).toContain(`footnote="${claim.footnote}" claim="${claim.id}"`);
      expect(metadata).toContain(`url="${escapeXml(claim.source.url)}"`);
      expect(metadata).toContain(`outlet="${escapeXml(claim.source.outlet)}"`);
      expect(metadata).toContain(`citation="${escapeXml(citationText(claim.source))}"`);
      expect(metadata).toContain(`>${escapeXml(claim.quote)}</bm:source>`);
    }
  });

  it.each([
    '"><script>alert(1)</script>',
    '<!ENTITY x SYSTEM "file:///etc/passwd">',
    ']]><![CDATA[ & &amp; \u0000\u001b',
  ])('writes the hostile title %j as inert text', (hostile) => {
    const { svg } = render({ title: hostile, subtitle: hostile });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<!ENTITY');
    expect(svg).not.toContain('<![CDATA[');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).toContain(`<title>${escapeXml(hostile)}</title>`);
    expect(svg).toContain(`<desc>${escapeXml(hostile)}</desc>`);
  });

  it('draws projection figures dashed and hatched, never solid, and reported figures solid', () => {
    const { svg } = render({ layout: 'map-only' });
    const layer = (id: string) => svg.match(new RegExp(`<g data-layer="${id}"[^>]*>(.*?)</g>`))?.[0] ?? '';
    expect(layer('figure-projection-hatch')).toMatch(/^<g data-layer="figure-projection-hatch"><use xlink:href="#bm-figure-2" fill="url\(#bm-figure-projection-hatch\)"\/><\/g>$/);
    expect(layer('figure-projection-outline')).toContain('stroke-dasharray="4 3"');
    expect(layer('figure-projection-outline')).toContain('data-footnote="2" data-kind="projection"');
    expect(layer('figure-reported-fill')).toContain('fill-opacity="0.35"');
    expect(layer('figure-reported-outline')).toContain('data-footnote="1" data-kind="reported"');
    expect(layer('figure-reported-outline')).not.toContain('stroke-dasharray');
    // The projection is never filled solid.
    expect(layer('figure-reported-fill')).not.toContain('#bm-figure-2');
  });

  it('hatches Crimea over Ukraine’s fill and notes the occupation', () => {
    const { svg } = render();
    expect(svg).toContain(`<g data-layer="crimea-fill"><use xlink:href="#bm-crimea" fill="${themes.light.crimea}"/></g><g data-layer="crimea-hatch"><use xlink:href="#bm-crimea" fill="url(#bm-crimea-hatch)"/></g>`);
    expect(themes.light.crimea).toBe(themes.light.ukraine);
    expect(svg).toContain('>Crimea: occupied by Russia since 2014</text>');
  });

  it('lists the legend’s figures with their footnotes', () => {
    const { svg } = render();
    for (const id of buildup.headline) {
      const claim = buildup.claims.find((c) => c.id === id)!;
      expect(svg).toContain(`${escapeXml(describeFigure(claim))} (${claim.footnote})</text>`);
    }
  });

  it('keeps the map-only SVG small: no page furniture, rounded coordinates', () => {
    const { svg, mapBox } = render({ layout: 'map-only' });
    expect(mapBox).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(svg).not.toContain('id="legend"');
    expect(svg).not.toContain('id="sources"');
    expect(svg.length).toBeLessThan(150_000);
    const numbers = svg.match(/ d="[^"]*"/g)!.join('').match(/-?\d+\.\d+/g)!;
    expect(numbers.every((n) => n.split('.')[1].length === 1)).toBe(true);
  });

  it('draws no water and no page background when the background is transparent', () => {
    const { svg } = render({ background: 'transparent' });
    expect(svg).not.toContain('id="water"');
    expect(svg).not.toMatch(/<rect width="1920" height="1080"/);
  });

  const LONG_TITLE = 'A long title that has to wrap onto a second line when the image is narrow enough for it to need one';
  it.each(PRESETS.flatMap(([w, h]) => [[w, h, undefined], [w, h, LONG_TITLE]] as const))('lays out %i×%i (title %j) with no text overlapping, cut, or on the map', (width, height, title) => {
    const { svg, mapBox } = render({ width, height, title });
    const texts = pageTexts(svg);
    expect(texts.length).toBeGreaterThan(20);
    for (const { text, rect } of texts) {
      expect(rect.x0, text).toBeGreaterThanOrEqual(0);
      expect(rect.y0, text).toBeGreaterThanOrEqual(0);
      expect(rect.x1, text).toBeLessThanOrEqual(width);
      expect(rect.y1, text).toBeLessThanOrEqual(height);
      const onMap = rect.x0 < mapBox.x + mapBox.width && rect.x1 > mapBox.x && rect.y0 < mapBox.y + mapBox.height && rect.y1 > mapBox.y;
      expect(onMap, `${text} lies on the map`).toBe(false);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].rect, b = texts[j].rect;
        const overlap = a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 - 0.5 && a.y1 > b.y0 + 0.5;
        expect(overlap, `"${texts[i].text}" overlaps "${texts[j].text}"`).toBe(false);
      }
    }
    // Every callout on the map has its source listed.
    const callouts = [...svg.matchAll(/class="callout" data-footnote="(\d+)"/g)].map((m) => m[1]);
    const listed = texts.map((t) => t.text);
    for (const n of callouts) expect(listed, `source ${n}`).toContain(n);
  });

  it('points at the permalink for the sources that do not fit', () => {
    // A scene's export lists the sources its caption names too; at a small size they cannot all fit.
    const sources = buildup.claims.map((c) => c.id);
    const { svg } = render({ width: 1200, height: 675, sources });
    const shown = [...svg.slice(svg.indexOf('<g id="sources">')).matchAll(/font-weight="700" fill="[^"]+">(\d+)<\/text>/g)].map((m) => m[1]);
    const hidden = sources.length - shown.length;
    expect(hidden).toBeGreaterThan(0);
    expect(svg).toContain(`>+${hidden} more at ${BASE}/#4.6/49/31.5</text>`);
  });
});

describe('the first paint (coloured through CSS)', () => {
  const { svg } = renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 960, height: 720, colours: 'css', bare: true, layout: 'map-only' });
  const css = readFileSync('app/theme.css', 'utf8');

  it('names every colour by a class theme.css defines, never by value, one class attribute per element', () => {
    expect(svg).not.toMatch(/(fill|stroke)="#[0-9a-f]{3,6}"/i);
    expect(svg).not.toMatch(/<[^>]*\sclass="[^"]*"[^>]*\sclass="/);
    const used = new Set([...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(' ')).filter((c) => /^bm-[fs]-/.test(c)));
    expect(used.size).toBeGreaterThan(8);
    for (const name of used) expect(css, name).toContain(`.${name} {`);
  });

  it('draws every toggled layer, each marked with its toggle for the page to hide', () => {
    for (const toggle of ['figures', 'zone', 'cities']) expect(svg, toggle).toContain(`class="bm-toggle-${toggle}`);
    expect(svg).not.toContain('<metadata');
  });
});

test('app/theme.css is what geo/style.ts and geo/layers.ts generate (npm run geo writes it)', () => {
  expect(readFileSync('app/theme.css', 'utf8')).toBe(themeCss());
});
