/**
 * The publication page: header on top, footer at the bottom, and between them the map with the legend and
 * sources beside it (landscape) or below it (portrait and square). Type scales with the image: one unit is
 * a sixtieth of the shorter side, never below what stays legible.
 */
import { type Block, EMPTY } from './block';
import type { Palette } from './palette';
import type { Box } from './projection';
import type { SourceForm } from './format';
import { type SourcesBlock, sourceList } from './sources';
import type { NumberedClaim } from '../buildup';

export interface PageParts {
  header: Block;
  footer: Block;
  /** Legend for a given width and column count. */
  legend: (width: number, columns: number) => Block;
  /** The sources to list, in order. */
  claims: NumberedClaim[];
  /** How many of `claims` (the first ones) must be listed (the image shows their callouts). */
  calloutCount: number;
  /**
   * On a landscape, whether the sources' panel may widen (to 42% of the width) to list them: a chart needs its width
   * for the numbers beside its crowded marks, and lists its sources shorter instead.
   */
  panelWidens?: boolean;
  permalink: string;
  /** The sources' heading: "Sources as of 18 February 2022". */
  sourcesHeading: string;
  /**
   * On a landscape whose key leaves its panel room for fewer than half the sources, whether they may go under the map
   * instead (sourcesUnderMap). Not under a strip of figures: the body left under it made the map a 1000 × 213 strip
   * that cut off Crimea.
   */
  sourcesMayGoUnder?: boolean;
  /** The chart of figures over time, given the room left under the sources (null: no room for it). */
  chart?: (width: number, room: number) => Block | null;
  /**
   * On a landscape, the height the chart needs under the sources in a panel this wide: the list is then fitted (and
   * written shorter if need be) in what is left, rather than in the whole panel with no room left for the chart.
   */
  chartReserve?: (width: number) => number;
}

export interface PageLayout {
  map: Box;
  placed: { block: Block; x: number; y: number }[];
  sources: SourcesBlock;
  /** Whether the key is drawn: where it is taller than the body, it is left out. */
  keyed: boolean;
}

/**
 * The type unit in CSS px: a sixtieth of the shorter side, and on small pictures up to 13 (a social card's 675 px
 * gave 11.25, its sources 9.6 px: about 4 px once a feed shows the card 500 px wide).
 */
export const typeUnit = (width: number, height: number) => {
  const short = Math.min(width, height);
  return Math.max(short / 60, Math.min(13, short / 40));
};

/** Stroke and map-type multiplier: 1 (the live map's CSS px) up to a 900 px short side, then growing with the image. */
export const symbolScale = (u: number) => Math.max(1, u / 15);

const LANDSCAPE = 1.2;
/**
 * Under a legend and sources, the map keeps at least this share of the body. At 36% a square card's map was a
 * 1008 × 300 strip: the region's width then sets its zoom, and it showed neither Crimea, which its legend listed,
 * nor the top of the 169,000–190,000 circle.
 */
const MIN_MAP_SHARE = 0.55;
/** The least share the map keeps when that lets every source its map numbers run into one paragraph under it. */
const RUN_IN_MIN_MAP_SHARE = 0.4;
/** The sources' forms under a map, fullest first: run into one paragraph last (geo/render/sources.ts). */
const SOURCE_FORMS = ['whole', 'brief', 'short', 'run-in'] as const;
/** Below the map, sources run in two columns once lines would get longer than this many units. */
const LONG_LINE = 40;

export function layoutPage(width: number, height: number, u: number, palette: Palette, parts: PageParts): PageLayout {
  const margin = 2 * u, gap = 1.4 * u;
  const inner = width - 2 * margin;
  const bodyTop = margin + parts.header.height + (parts.header.height ? gap : 0);
  const footerTop = height - margin - parts.footer.height;
  const bodyH = Math.max(0, footerTop - gap - bodyTop);
  const placed: PageLayout['placed'] = [
    { block: parts.header, x: margin, y: margin },
    { block: parts.footer, x: margin, y: footerTop },
  ];

  if (width / height >= LANDSCAPE) {
    // The panel starts at about a quarter of the width and widens (fewer wrapped lines) until the sources
    // of every callout fit whole; past 42% of the width the map would suffer more than the list. At the widest, the
    // key runs in two columns when that lets more sources fit, and only then are they written without the pages'
    // titles, if that lists more.
    const startW = Math.max(0.27 * width, 20 * u);
    const maxW = parts.panelWidens === false ? Math.min(startW, 0.42 * inner) : 0.42 * inner;
    const wanted = Math.min(parts.calloutCount, parts.claims.length);
    const panelFor = (panelW: number, columns: number, whole: boolean) => {
      let legend = parts.legend(panelW, columns);
      if (legend.height > bodyH) legend = EMPTY;
      const legendH = legend.height ? legend.height + gap : 0;
      const reserve = parts.chartReserve ? parts.chartReserve(panelW) + gap : 0;
      return { legend, legendH, src: sourceList(parts.claims, panelW, 1, u, palette, parts.permalink, parts.sourcesHeading).fit(bodyH - legendH - reserve, Infinity, whole) };
    };
    for (let panelW = Math.min(startW, maxW); ; panelW = Math.min(panelW + 2 * u, maxW)) {
      let { legend, legendH, src } = panelFor(panelW, 1, true);
      if (src.shown.length < wanted && panelW < maxW) continue;
      for (const [columns, whole] of [[2, true], [1, false], [2, false]] as const) {
        if (src.shown.length >= wanted) break;
        const other = panelFor(panelW, columns, whole);
        if (other.src.shown.length > src.shown.length) ({ legend, legendH, src } = other);
      }
      const map = { x: margin, y: bodyTop, width: inner - panelW - gap, height: bodyH };
      const panelX = margin + map.width + gap;
      if (src.shown.length < wanted / 2 && parts.sourcesMayGoUnder !== false) {
        const under = sourcesUnderMap(parts.claims, map, panelX, legend, parts.calloutCount, u, gap, palette, parts);
        if (under && under.sources.shown.length > src.shown.length) return { ...under, placed: [...placed, ...under.placed] };
      }
      const srcY = bodyTop + legendH;
      placed.push({ block: legend, x: panelX, y: bodyTop }, { block: src, x: panelX, y: srcY });
      const chart = parts.chart?.(panelW, bodyTop + bodyH - (srcY + src.height + gap));
      if (chart) placed.push({ block: chart, x: panelX, y: bodyTop + bodyH - chart.height });
      return { map, placed, sources: src, keyed: legend.height > 0 };
    }
  }

  // Room for at least the callouts' sources (or a quarter of the body); the map takes the rest. The legend runs in
  // two columns, or three (shorter) when two would squeeze the map under MIN_MAP_SHARE of the body; the map never
  // gets less, and the sources that do not fit then give way to the permalink ("+N more").
  // The sources' room is measured in the fullest form that leaves the map its share: on a square card the callouts'
  // sources whole took all the room, and the list then showed one of nine in it.
  const list = sourceList(parts.claims, inner, inner > LONG_LINE * u ? 2 : 1, u, palette, parts.permalink, parts.sourcesHeading);
  const legends = [2, 3].map((columns) => parts.legend(inner, columns)).filter((l) => l.height <= 0.4 * bodyH);
  const shortest = [...legends].sort((a, b) => a.height - b.height)[0] ?? EMPTY;
  const roomFor = (form: SourceForm | 'run-in') => Math.max(list.natural(parts.calloutCount, form), Math.min(list.natural(undefined, form), 0.25 * bodyH));
  const mapBeside = (legend: Block, sourcesH: number) => bodyH - legend.height - sourcesH - 2 * gap;
  // Run into one paragraph last, where the map may give a little more room: a square card's map numbered nine
  // sources and its list gave four ("+5 more at" an address, which a social post cannot count on).
  const forms = SOURCE_FORMS;
  const share = (f: (typeof forms)[number]) => (f === 'run-in' ? RUN_IN_MIN_MAP_SHARE : MIN_MAP_SHARE) * bodyH;
  // None fits whole: the map at its least share for a run-in paragraph, which lists the most in what is left (a square
  // card with a two-line title and a credit line kept the map at 55% and listed two of nine sources, "+7 more").
  const form = forms.find((f) => mapBeside(shortest, roomFor(f)) >= share(f)) ?? 'run-in';
  const sourcesH = roomFor(form);
  const mapFor = (legend: Block) => mapBeside(legend, sourcesH);
  const legend = legends.find((l) => mapFor(l) >= share(form)) ?? shortest;
  const mapH = Math.max(share(form), mapFor(legend));
  const map = { x: margin, y: bodyTop, width: inner, height: mapH };
  const legendY = bodyTop + mapH + gap;
  const srcY = legendY + legend.height + (legend.height ? gap : 0);
  const src = list.fit(Math.max(0, footerTop - gap - srcY));
  placed.push({ block: legend, x: margin, y: legendY }, { block: src, x: margin, y: srcY });
  const chart = parts.chart?.(inner, footerTop - gap - (srcY + src.height + gap));
  if (chart) placed.push({ block: chart, x: margin, y: footerTop - gap - chart.height });
  return { map, placed, sources: src, keyed: legend.height > 0 };
}

/**
 * A landscape whose key fills its panel (800 × 600: the panel listed none of six sources) lists them under the map
 * instead, across the map's width, the map keeping at least MIN_MAP_SHARE of the body (at 40% it cut off Crimea and
 * Moscow), the key alone in the panel. Null when that lists none either.
 */
function sourcesUnderMap(claims: NumberedClaim[], body: Box, panelX: number, legend: Block, calloutCount: number, u: number, gap: number, palette: Palette,
  parts: Pick<PageParts, 'permalink' | 'sourcesHeading'>): PageLayout | null {
  const list = sourceList(claims, body.width, 1, u, palette, parts.permalink, parts.sourcesHeading);
  const least = MIN_MAP_SHARE * body.height;
  const roomFor = (f: (typeof SOURCE_FORMS)[number]) => list.natural(calloutCount, f);
  const form = SOURCE_FORMS.find((f) => body.height - roomFor(f) - gap >= least) ?? 'run-in';
  const mapH = Math.max(least, body.height - roomFor(form) - gap);
  const src = list.fit(body.height - mapH - gap);
  if (!src.shown.length) return null;
  return {
    map: { ...body, height: mapH },
    placed: [{ block: legend, x: panelX, y: body.y }, { block: src, x: body.x, y: body.y + mapH + gap }],
    sources: src,
    keyed: legend.height > 0,
  };
}
