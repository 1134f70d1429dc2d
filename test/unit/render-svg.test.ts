import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { themeCss } from '@/geo/theme-css';
import { figuresAt, figureStacks } from '@/geo/figure-stacks';
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
import { exportPicture } from '@/test/support/export-picture';
import { symbolScale, typeUnit } from '@/geo/render/layout';

const buildup = loadBuildup();
const geo = loadGeo();
const BASE = 'https://maps.example';
const render = (o: Partial<RenderOptions> = {}) =>
  renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1920, height: 1080, baseUrl: BASE, ...o });

const PRESETS: [number, number][] = [[1080, 1350], [1080, 1080], [1200, 675], [1920, 1080], [3840, 2160], [3508, 2480]];

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The markup of `<g id="…">`, nested groups and all. */
function group(svg: string, id: string): string {
  const start = svg.indexOf(`<g id="${id}">`);
  if (start < 0) return '';
  const tags = /<g\b[^>]*>|<\/g>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(svg); m; m = tags.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return svg.slice(start, m.index + 4);
  }
  throw new Error(`<g id="${id}"> is not closed`);
}

/** Every <text> of the page (outside the map: header, figures, legend, sources, chart, footer) with the box it occupies. */
function pageTexts(svg: string) {
  const texts: { block: string; text: string; rect: ReturnType<typeof textRect> }[] = [];
  for (const block of ['header', 'figures', 'legend', 'sources', 'chart', 'footer']) {
    // Groups may move what they hold (the chart's body is translated): keep a stack of offsets.
    const offsets = [[0, 0]];
    for (const m of group(svg, block).matchAll(/<g\b([^>]*)>|<\/g>|<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)) {
      const [tag, gAttrs, x, y, size, attrs, content] = m;
      const [dx, dy] = offsets.at(-1)!;
      if (tag === '</g>') offsets.pop();
      else if (tag.startsWith('<g')) {
        const t = gAttrs.match(/transform="translate\(([\d.-]+) ([\d.-]+)\)"/);
        offsets.push(t ? [dx + Number(t[1]), dy + Number(t[2])] : [dx, dy]);
      } else {
        const weight = Number(attrs.match(/font-weight="(\d+)"/)?.[1] ?? 400);
        const anchor = (attrs.match(/text-anchor="(\w+)"/)?.[1] ?? 'start') as 'start';
        const text = unescape(content);
        const width = textWidth(text, Number(size), weight as 400);
        texts.push({ block, text, rect: textRect(Number(x) + dx, Number(y) + dy, width, Number(size), anchor) });
      }
    }
  }
  return texts;
}

const footnotesIn = (markup: string, pattern: RegExp) => [...new Set([...markup.matchAll(pattern)].map((m) => Number(m[1])))].sort((a, b) => a - b);
/** The footnotes of the callouts the map draws, of the sources the page lists, and of the sources in <metadata>. */
const calloutFootnotes = (svg: string) => footnotesIn(svg, /class="callout" data-footnote="(\d+)"/g);
/** The footnotes a list shows: each entry's bold number, or "[33] " where a list short of room runs them into a paragraph. */
const listedFootnotes = (svg: string) => [...group(svg, 'sources').matchAll(/font-weight="700"[^>]*>(\d+)<\/text>|[>\s]\[(\d+)\](?=[\s<])/g)].map((m) => Number(m[1] ?? m[2]));
const metadataFootnotes = (svg: string) => [...svg.matchAll(/<bm:source footnote="(\d+)"/g)].map((m) => Number(m[1]));
const idsOf = (footnotes: number[]) => footnotes.map((n) => buildup.claims.find((c) => c.footnote === n)!.id);

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
    expect(svg).toMatch(/<text [^>]*>Sources as of 24 February 2022<\/text>/);
    expect(svg).toContain(`>As of ${formatDate(buildup.asOf)} · `);
    expect(formatDate('2021-12-06')).toBe('6 December 2021');
  });

  it('carries every source and the permalink in <metadata>', () => {
    const { svg } = render();
    const metadata = svg.slice(svg.indexOf('<metadata>'), svg.indexOf('</metadata>'));
    expect(metadata).toContain(`permalink="${BASE}/#4.6/49/31.5"`);
    // Only the sources of what the image shows: the callouts it draws, the latest figure and plan of each series.
    const drawn = calloutFootnotes(svg);
    const listed = buildup.claims.filter((c) => drawn.includes(c.footnote));
    expect(listed.map((c) => c.id)).toEqual([
      'projected-175k', 'reznikov-175k-trend', 'crimea-2014', 'eastern-flank', 'belarus-5k', 'belarus-30k-planned', 'stoltenberg-100k',
      'carpenter-169-190k', 'reznikov-147k', 'invasion',
    ]);
    expect(metadataFootnotes(metadata)).toEqual(drawn);
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
    expect(svg).toContain(` subtitle="${escapeXml(hostile)}"`);
  });

  it('describes in words what the picture draws, numbered as on it: its alt text', () => {
    const desc = (svg: string) => unescape(svg.match(/<desc>(.*?)<\/desc>/)?.[1] ?? '');
    const carpenter = buildup.claims.find((c) => c.id === 'carpenter-169-190k')!;
    const latest = desc(render().svg);
    expect(latest).toMatch(/^Map of Ukraine and its neighbours as of 24 February 2022\. Crimea, Ukrainian territory occupied by Russia since 2014/);
    expect(latest).toContain(`169,000 to 190,000 troops (in and near Ukraine, counting Belarus, Crimea, the National Guard, separatists), an estimate by ${carpenter.claimant} (U.S. government), source ${carpenter.footnote}`);
    // At an earlier date only what was said by then; the chart picture summarises the chart instead.
    const december = buildup.steps.indexOf('2021-12-03');
    expect(desc(render({ step: december }).svg)).toContain('as of 3 December 2021');
    expect(desc(render({ step: december }).svg)).not.toContain('169,000');
    expect(desc(render({ layout: 'chart', step: december }).svg)).toMatch(/^Chart of the troop figures over time, by who gave them\. \d+ troop figures known by 3 December 2021\. /);
    // Nor a layer the viewer hid: no band, no figures.
    const bare = desc(render({ hidden: ['zone', 'figures'] }).svg);
    expect(bare).not.toContain('a band marks Russia');
    expect(bare).not.toContain('Circles with areas');
    expect(latest).toContain('a band marks Russia within 200 km');
    // A number the map leaves out (a small picture draws fewer callouts) is not described either.
    const small = render({ width: 800, height: 600, layout: 'map-only' });
    const described = [...desc(small.svg).matchAll(/source (\d+)/g)].map((m) => Number(m[1]));
    expect(described.length).toBeGreaterThan(0);
    expect(small.meta.claims.length).toBeLessThan(render({ layout: 'map-only' }).meta.claims.length);
    expect(described.every((n) => small.meta.claims.some((c) => c.footnote === n))).toBe(true);
  });

  it('draws projection figures dashed and hatched, never solid, and reported figures solid', () => {
    const { svg } = render({ layout: 'map-only' });
    const layer = (id: string) => svg.match(new RegExp(`<g data-layer="${id}"[^>]*>(.*?)</g>`))?.[0] ?? '';
    const uses = (id: string) => [...layer(id).matchAll(/<use xlink:href="#(bm-figure-\d+)"(?: data-footnote="(\d+)" data-kind="(\w+)")?/g)]
      .map(([, href, footnote, kind]) => ({ href, footnote: Number(footnote), kind }));
    // On the last day: the U.S. plan, Ukraine's plan and the U.S. plan for Belarus.
    const projections = uses('figure-projection-outline');
    expect(idsOf(projections.map((u) => u.footnote)).sort()).toEqual(['belarus-30k-planned', 'projected-175k', 'reznikov-175k-trend']);
    expect(projections.every((u) => u.kind === 'projection')).toBe(true);
    expect(layer('figure-projection-outline')).toContain('stroke-dasharray="4 3"');
    // Each projection is hatched, and never filled solid.
    expect(uses('figure-projection-hatch').map((u) => u.href)).toEqual(projections.map((u) => u.href));
    expect(layer('figure-projection-hatch')).toMatch(/^<g data-layer="figure-projection-hatch">(<use xlink:href="#bm-figure-\d+" fill="url\(#bm-figure-projection-hatch\)"\/>)+<\/g>$/);
    const solid = uses('figure-reported-fill').map((u) => u.href);
    for (const { href } of projections) expect(solid).not.toContain(href);
    // Reported figures: filled and outlined solid.
    const reported = uses('figure-reported-outline');
    expect(idsOf(reported.map((u) => u.footnote)).sort()).toEqual(['belarus-5k', 'reznikov-147k', 'stoltenberg-100k']);
    expect(reported.every((u) => u.kind === 'reported')).toBe(true);
    expect(solid).toEqual(reported.map((u) => u.href));
    expect(layer('figure-reported-fill')).toContain('fill-opacity="0.35"');
    expect(layer('figure-reported-outline')).not.toContain('stroke-dasharray');
  });

  it('hatches Crimea over Ukraine’s fill and notes the occupation', () => {
    const { svg } = render();
    expect(svg).toContain(`<g data-layer="crimea-fill"><use xlink:href="#bm-crimea" fill="${themes.light.crimea}"/></g><g data-layer="crimea-hatch"><use xlink:href="#bm-crimea" fill="url(#bm-crimea-hatch)"/></g>`);
    expect(themes.light.crimea).toBe(themes.light.ukraine);
    expect(svg).toContain('>Crimea: occupied by Russia since 2014</text>');
  });

  it('keys each kind of figure drawn once, and the callouts’ numbers lead to the sources', () => {
    const step = buildup.steps.indexOf('2021-12-06');
    const { svg, meta } = render({ step });
    const legend = svg.match(/<g id="legend">.*?<\/g>(?=<g id="sources">|$)/)?.[0] ?? svg;
    for (const label of ['Troops reported, numbered by source', 'Troops estimated, numbered by source', 'Projection: a possible future level']) {
      expect(legend.split(`>${label}</text>`)).toHaveLength(2);
    }
    const shown = figuresAt(figureStacks(buildup.claims, buildup.steps), step).map((s) => s.claim.footnote);
    expect(meta.claims.map((c) => c.footnote)).toEqual(expect.arrayContaining(shown));
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
  /** The last day, and a day early in the timeline when few figures leave room for the chart on the larger sizes. */
  const DATES = ['the last day', '2021-11-20'] as const;
  const stepOf = (date: string) => (date === 'the last day' ? undefined : buildup.steps.indexOf(date));

  it.each(PRESETS.flatMap(([w, h]) => DATES.flatMap((date) => [[w, h, date, undefined, false], [w, h, date, LONG_TITLE, false], [w, h, date, undefined, true]] as const)))(
    'lays out %i×%i at %s (title %j, the figures in large type: %j) with no text overlapping, cut, or on the map',
    (width, height, date, title, headline) => {
      const { svg, mapBox } = render({ width, height, title, headline, step: stepOf(date) });
      const texts = pageTexts(svg);
      expect(texts.length).toBeGreaterThan(10);
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
          expect(overlap, `"${texts[i].text}" (${texts[i].block}) overlaps "${texts[j].text}" (${texts[j].block})`).toBe(false);
        }
      }
    },
  );

  it('adds the chart under the sources when the page leaves room for it', () => {
    const early = render({ step: stepOf('2021-11-20') }).svg;
    expect(early).toContain('<g id="chart">');
    expect(pageTexts(early).filter((t) => t.block === 'chart').map((t) => t.text)).toContain('Figures over time (numbered as in the sources)');
    // The chart shows what was known that day: no mark of a later claim.
    expect([...group(early, 'chart').matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1])).toEqual(['danilov-80-90k', 'kyiv-mod-90k', 'zelensky-100k', 'budanov-92k']);
    // A small landscape with more figures to source has no room for it.
    expect(render({ width: 1080, height: 1080 }).svg).not.toContain('<g id="chart">');
  });

  // A review found scene 11's slide drawing ~29 chart marks whose sources were neither on it nor at /present/11.
  it('draws no chart on a scene\'s picture, whose address lists only the scene\'s sources', () => {
    for (const scene of [2, 10, 11]) expect(exportPicture(`scene=${scene}&width=1920&height=1080`).svg).not.toContain('<g id="chart">');
    expect(exportPicture('date=2021-11-20&width=1920&height=1080').svg).toContain('<g id="chart">');
  });

  it.each(PRESETS.flatMap(([w, h]) => DATES.map((date) => [w, h, date] as const)))(
    'lists the source of every callout %i×%i at %s, or counts the rest at the permalink, and nothing the picture does not draw',
    (width, height, date) => {
      const { svg } = render({ width, height, step: stepOf(date) });
      // The chart's marks, where it joins: every one of them is listed too (else it is left out).
      const charted = [...group(svg, 'chart').matchAll(/data-claim="([^"]+)"/g)].map((m) => buildup.claims.find((c) => c.id === m[1])!.footnote);
      const callouts = [...new Set([...calloutFootnotes(svg), ...charted])].sort((a, b) => a - b);
      expect(callouts.length).toBeGreaterThan(0);
      if (charted.length) expect(listedFootnotes(svg)).toEqual(callouts);
      // <metadata> carries the source of every callout and mark drawn, and no other.
      expect(metadataFootnotes(svg)).toEqual(callouts);
      // The page lists them in order, as many as fit, leaving out those said earliest (the newest figures are what
      // the picture is as of); a last line counts the rest and points at the permalink.
      const listed = listedFootnotes(svg);
      expect(listed).toEqual(callouts.filter((n) => listed.includes(n)));
      const saidOn = (n: number) => buildup.claims.find((c) => c.footnote === n)!.saidOn;
      const left = callouts.filter((n) => !listed.includes(n));
      for (const n of left) expect(listed.every((m) => saidOn(m) >= saidOn(n)), `${n} left out before a source said earlier`).toBe(true);
      const rest = callouts.length - listed.length;
      const more = group(svg, 'sources').match(/>\+(\d+) more at /);
      expect(more ? Number(more[1]) : 0).toBe(rest);
      // The export dialog's count of what the list names, from <metadata>.
      expect(svg).toContain(` listed="${listed.length}"`);
    },
  );

  it('lists the sources under the map where the key fills a landscape\'s panel (800 × 600, 7 December 2021: it listed none of six)', () => {
    // The export dialog's custom size for a dashboard's map of 864 × 644 px.
    const { svg, mapBox } = render({ width: 800, height: 600, step: stepOf('2021-12-07'), hidden: ['cities'], view: { zoom: 4.46, lat: 50.32, lng: 31.25 }, viewFrame: { width: 864, height: 644 },
      baseUrl: 'http://localhost:3000', permalinkPath: '/sources?date=2021-12-07&v=1' });
    const listed = listedFootnotes(svg);
    expect(metadataFootnotes(svg)).toHaveLength(6);
    expect(listed).toEqual(metadataFootnotes(svg));
    expect(svg).toContain(' listed="6"');
    // Under the map, across its width; the key beside it.
    const ys = [...group(svg, 'sources').matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of ys) {
      expect(y).toBeGreaterThan(mapBox.y + mapBox.height);
      expect(x).toBeLessThan(mapBox.x + mapBox.width);
    }
    // The map keeps at least 55% of the space between the header and the footer.
    expect(mapBox.height).toBeGreaterThan(0.55 * (600 - mapBox.y - 60));
  });

  it.each(PRESETS)('draws no numbered callout over another at %i×%i, in the presenter’s type too', (width, height) => {
    const circles = (svg: string) => [...svg.matchAll(/<g class="callout" data-footnote="(\d+)"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"[^>]*stroke-width="([\d.]+)"/g)]
      .map(([, footnote, x, y, r, stroke]) => ({ footnote, x: Number(x), y: Number(y), radius: Number(r) + Number(stroke) / 2 }));
    for (const options of [{}, { typeScale: 1.6 }] as const) {
      const drawn = circles(render({ width, height, ...options }).svg);
      // 25 and 26 (Belarus: in place and planned) stood on concentric rims 65 km apart, closer than a callout is wide.
      if (height > width) expect(drawn.map((c) => c.footnote)).toEqual(expect.arrayContaining(['25', '26']));
      for (const a of drawn) {
        for (const b of drawn) {
          if (a.footnote >= b.footnote) continue;
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.footnote} and ${b.footnote}`).toBeGreaterThanOrEqual(a.radius + b.radius);
        }
      }
    }
  });

  // A circle whose number stood beyond the map's edge was drawn without it, and without its source: at 1080×1080 the
  // 175,000 projection's hatched circle lay under 169,000–190,000's, as if part of it.
  it.each(PRESETS)('numbers every circle it draws, and lists its source, at %i×%i, on the last day, 6 December 2021 and 31 January 2022', (width, height) => {
    for (const step of [undefined, stepOf('2021-12-06'), stepOf('2022-01-31')]) {
      const { svg, meta } = render({ width, height, step });
      const circled = [...new Set([...svg.matchAll(/<use xlink:href="#bm-figure-\d+" data-footnote="(\d+)"/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
      expect(circled.length, 'circles drawn (else this proves nothing)').toBeGreaterThan(0);
      expect(calloutFootnotes(svg).filter((n) => circled.includes(n)), 'circles with their number').toEqual(circled);
      expect(circled.filter((n) => !meta.claims.some((c) => c.footnote === n)), 'circles whose source the image lacks').toEqual([]);
    }
  });

  it('lists the source of every callout at 1920×1080 on 6 December 2021', () => {
    const { svg } = render({ step: stepOf('2021-12-06') });
    expect(idsOf(listedFootnotes(svg))).toEqual(['projected-175k', 'reznikov-175k-trend', 'deployed-90k', 'crimea-2014', 'eastern-flank', 'us-estimate-70k']);
    expect(listedFootnotes(svg)).toEqual(calloutFootnotes(svg));
  });

  it('shows what the viewer saw when told the size of their map (frame), not the zoom at another size: all of it in landscape', () => {
    // The dashboard's map at 1280×800: 865 × 694 CSS pixels, at the default view. What it shows is the map-only
    // picture of that size.
    const viewFrame = { width: 865, height: 694 };
    const drawn = (o: Partial<RenderOptions>) => render(o).meta.claims.map((c) => c.id);
    const viewers = drawn({ ...viewFrame, layout: 'map-only' });
    expect(viewers.length).toBeGreaterThan(4);
    // Without the frame, a social card keeps the zoom and loses figures off its smaller map (NATO's, on Poland).
    expect(viewers.filter((id) => !drawn({ width: 1200, height: 675 }).includes(id)).length).toBeGreaterThan(0);
    for (const [width, height] of PRESETS) {
      const framed = drawn({ width, height, viewFrame });
      expect(framed).toEqual(expect.arrayContaining(drawn({ width, height })));
      // The posts' maps are wide strips above their legend: the region's bounds stop them zooming out that far.
      if (width > height) expect(framed).toEqual(expect.arrayContaining(viewers));
    }
    // The address on the image is still the viewer's view.
    expect(render({ width: 1080, height: 1080, viewFrame }).svg).toContain(`${BASE}/#4.6/49/31.5`);
  });

  it('points at the permalink for the sources that do not fit', () => {
    // A scene's export lists the sources its caption names too; at a small size they cannot all fit.
    const sources = buildup.claims.map((c) => c.id);
    const { svg } = render({ width: 1200, height: 675, sources });
    const hidden = sources.length - listedFootnotes(svg).length;
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

test('a bare map export credits its data in its lower right corner, inside the map and clear of every label; the first paint leaves that to its page', () => {
  const { svg, mapBox } = render({ layout: 'map-only', width: 1280, height: 720 });
  const credit = group(svg, 'map-credit');
  expect(unescape(credit)).toContain('>Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)</text>');
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(credit.match(new RegExp(`<rect [^>]*\\b${a}="([\\d.]+)"`))![1]));
  expect(x + width).toBeCloseTo(mapBox.x + mapBox.width, 0);
  expect(y + height).toBeCloseTo(mapBox.y + mapBox.height, 0);
  // No city or sea name starts inside the credit's box.
  const names = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].filter(([, , , t]) => !t.startsWith('Boundaries'));
  for (const [, tx, ty, t] of names) expect(Number(tx) > x && Number(ty) > y && Number(ty) < y + height, `"${t}" is not under the credit`).toBe(false);
  expect(render({ layout: 'map-only', bare: true, colours: 'css' }).svg).not.toContain('map-credit');
  // An export of the bare map says its day there, having no footer to say it (a stage's picture has its counter).
  const dated = render({ layout: 'map-only', width: 1280, height: 720, step: buildup.steps.indexOf('2021-11-03'), datedCredit: true }).svg;
  expect(unescape(group(dated, 'map-credit'))).toContain('>As of 3 November 2021 · Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)</text>');
});

test('a square card shows Crimea whole and sources every number it draws: the map narrows rather than cut the view', () => {
  const { svg, mapBox, mapView } = render({ width: 1080, height: 1080, viewFrame: { width: 864, height: 626 }, view: { zoom: 4.62, lat: 50.32, lng: 31.25 } });
  // Full width (1008 px) at this height, the region's edges made the map zoom in until Crimea's south was cut off: it
  // is narrower instead, centred, and keeps at least 40% of the body (about 829 px).
  expect(mapBox.width).toBeLessThan(1008);
  expect(mapBox.x + mapBox.width / 2).toBeCloseTo(540, 0);
  expect(mapBox.height).toBeGreaterThanOrEqual(0.4 * 828);
  const project = mapProjection(mapView, mapBox);
  const [, tipY] = project([33.4, 44.4])!; // Crimea's southern tip
  expect(tipY).toBeLessThan(mapBox.y + mapBox.height);
  // Crimea hatched on the map as in the legend (its name on the map gives way to the callouts at this size).
  expect(svg.split('url(#bm-crimea-hatch)').length - 1).toBeGreaterThanOrEqual(2);
  // Every callout's source is on the image, run into one paragraph: a social post cannot count on "+5 more at" an address.
  const drawn = [...new Set([...svg.matchAll(/class="callout" data-footnote="(\d+)"/g)].map((m) => Number(m[1])))].sort((x, y) => x - y);
  // Nine figures and statements, and the invasion of 24 February on Ukraine.
  expect(drawn).toHaveLength(10);
  expect(listedFootnotes(svg)).toEqual(drawn);
  expect(unescape(svg)).not.toMatch(/ more at /);
});

test('a list short of room writes its sources shorter, then runs them into a paragraph, when that lists more; the metadata keeps them whole', () => {
  const { svg } = render({ width: 1080, height: 1080, viewFrame: { width: 864, height: 626 }, view: { zoom: 4.62, lat: 50.32, lng: 31.25 } });
  const sources = unescape(group(svg, 'sources'));
  // Run into one paragraph, short: outlet and date stay, as "How to cite" asks, and each figure keeps its scope.
  expect(sources).toContain('>Sources as of 24 February 2022<');
  // Ten sources whole in scope would not all fit here: the chart's few words, which list all ten.
  expect(sources.replace(/<\/text><text [^>]*>/g, ' ')).toContain('[33] 169,000 to 190,000 troops (in and near Ukraine, with Belarus and Crimea): Michael Carpenter. sas24news,');
  expect(sources.replace(/<\/text><text [^>]*>/g, ' ')).toContain('date not shown (the address is filed under 2022/02/18).');
  expect(sources).not.toContain('Russia Has Massed Up Tp 190,000');
  expect(unescape(svg.slice(svg.indexOf('<metadata>')))).toContain('“Russia Has Massed Up Tp 190,000 Personnel In And Near Ukraine, U.S. Says”');
  // Where every source fits whole, none is shortened; a landscape widens its panel for that first.
  expect(unescape(group(render({ step: buildup.steps.indexOf('2021-12-06') }).svg, 'sources')).replace(/<\/text><text [^>]*>/g, ' ')).toContain('18 January 2022): “Biden, Putin To Hold');
  // 1920×1080 on the last day lists all ten in columns, each figure with its whole scope as the page says it: the
  // pages' titles and the claimants' offices give way first.
  const slide = unescape(group(render().svg, 'sources'));
  expect([...slide.matchAll(/font-weight="700"[^>]*>(\d+)</g)]).toHaveLength(10);
  expect(slide).not.toContain(' more at ');
  expect(slide.replace(/<\/text><text [^>]*>/g, ' ')).toContain('169,000 to 190,000 troops (in and near Ukraine, counting Belarus, Crimea, the National Guard, separatists): Michael Carpenter. sas24news,');
});

test('the legend\'s caveat is never cut, and the chart\'s heading wraps within the page (early dates, few sources, narrow panels)', () => {
  for (const [width, height] of [[1200, 675], [3508, 2480]] as const) {
    const { svg } = render({ width, height, step: buildup.steps.indexOf('2021-11-03') });
    // It ended "…never added to anot…" on a social card: the words that say figures are never summed.
    const legend = unescape(group(svg, 'legend'));
    expect(legend).not.toMatch(/…<\/text>/);
    expect([...legend.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ')).toContain('never added to another.');
    const chart = group(svg, 'chart');
    for (const m of chart.matchAll(/<text x="([\d.]+)"[^>]*font-size="([\d.]+)" font-weight="600"[^>]*>([^<]*)<\/text>/g)) {
      expect(Number(m[1]) + textWidth(unescape(m[3]), Number(m[2]), 600), `"${m[3]}" at ${width}×${height}`).toBeLessThanOrEqual(width - 2 * Math.min(width, height) / 60 + 1);
    }
  }
});

test("a picture's city dots keep clear of its map's frame", () => {
  const dots = (svg: string) => {
    const group = svg.slice(svg.indexOf('data-layer="city-dots"'), svg.indexOf('</g>', svg.indexOf('data-layer="city-dots"')));
    return [...group.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
  };
  const clearance = (svg: string, box: { x: number; y: number; width: number; height: number }) =>
    Math.min(...dots(svg).map(([x, y]) => Math.min(x - box.x, box.x + box.width - x, y - box.y, box.y + box.height - y)));
  // Sofia stood 2 px above the foot of a slide's map, its dot on the frame's line; Bucharest on a portrait post's.
  for (const query of ['width=1920&height=1080', 'width=1200&height=628', 'width=1080&height=1350&headline=figures&date=2022-02-16']) {
    const { svg, mapBox } = exportPicture(query);
    const params = new URLSearchParams(query);
    const k = symbolScale(typeUnit(Number(params.get('width')), Number(params.get('height'))));
    expect(dots(svg).length).toBeGreaterThanOrEqual(8);
    // 6 px of the live map's size, scaled as the picture scales its symbols.
    expect(clearance(svg, mapBox)).toBeGreaterThanOrEqual(6 * k - 0.5);
  }
});

describe('the image key', () => {
  const keyWords = (svg: string) => [...group(svg, 'legend').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1])).join(' ');
  it('says where a border-wide figure stands, inside Russia and not at the troops’ positions, when the image draws one', () => {
    expect(keyWords(render().svg)).toContain('never added to another. Border-wide figures are drawn together inside Russia, not at the troops’ positions.');
    // Only the figures about Belarus (scene 8's), which stand in Belarus: the key does not say it.
    const inBelarus = buildup.claims.filter((c) => c.value !== null && c.where.geometry === 'belarus').map((c) => c.id);
    expect(inBelarus.length).toBeGreaterThan(0);
    const belarusOnly = keyWords(render({ claims: inBelarus }).svg);
    expect(belarusOnly).toContain('never added to another.');
    expect(belarusOnly).not.toContain('Border-wide');
  });

  it('leaves the sentence out where its line would cost the list a source: a square card lists all ten', () => {
    // The export's square post (title and subtitle): with the sentence, 7 of its 10 sources and "+3 more".
    const square = exportPicture('width=1080&height=1080&theme=light').svg;
    expect(group(square, 'sources')).not.toMatch(/ more at /);
    expect(keyWords(square)).not.toContain('Border-wide');
    expect(keyWords(exportPicture('width=1080&height=1350&theme=light').svg)).toContain('Border-wide figures are drawn together inside Russia');
  });
});

describe('a statement in an image\'s sources', () => {
  const words = (svg: string, id: string) => [...group(svg, id).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1])).join(' ');
  it('is quoted whole in a list written whole, and cut at a word\'s end only in a shorter one', () => {
    // A slide at 6 December 2021 lists its six sources whole: source 15 read "'there would be an increasing request from…'".
    const slide = words(exportPicture('date=2021-12-06&width=1920&height=1080&theme=light').svg, 'sources');
    expect(slide).toContain('a positive response from the United States for additional forces and capabilities and exercises to take place there.');
    // The square post runs its list into one paragraph, short: the statement is cut there.
    const square = words(exportPicture('width=1080&height=1080&theme=light').svg, 'sources');
    expect(square).toContain('there would be an increasing request from…');
  });
});
