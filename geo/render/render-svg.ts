/**
 * renderMap: one SVG for every place a static map appears, from the page's first paint ('map-only', coloured
 * through CSS) to the publication export ('full', coloured by value). Everything it draws comes from the layer
 * table (geo/layers.ts) and the legend entries (geo/legend.ts); the legend and the sources describe what the map
 * draws, nothing else. Deterministic: the same options give the same bytes.
 */
import { type Buildup, claimById, type NumberedClaim, occupationYear } from '../buildup';
import { legendEntries } from '../legend';
import { areasInView, countriesInView, keyedInView } from './areas-in-view';
import { MAP_LAYERS, type MapLayer } from '../layers';
import type { GeoData } from '../load-geo';
import { EASTERN_FLANK_ISO, EASTERN_FLANK_NAMES, REGION_BBOX } from '../region';
import { narrowToRegion } from './narrow-to-region';
import { narrowerMapBoxes } from './narrower-map-boxes';
import { type SceneCamera, sceneView } from '../scene-camera';
import type { Highlight } from '../schema';
import { FONT_STACK, type ThemeName, themes } from '../style';
import { formatViewHash, type View } from '../view';
import { formatQuery, type LayerToggle } from '../view-state';
import { chartClaims } from '../chart-marks';
import { chartSummary } from '../chart-summary';
import { describePicture } from '../describe-picture';
import { formatDate } from '../format';
import { ATTRIBUTION } from '../map-words';
import { knownAt } from '../timeline';
import { chartBlock } from './chart-block';
import { escapeXml } from './escape-xml';
import { footerBlock } from './footer';
import { defaultSubtitle, headerBlock } from './header';
import { EMPTY, stackBlocks } from './block';
import { figuresAt, figureStacks } from '../figure-stacks';
import { figuresStrip, stripFigures } from './figures-strip';
import { zoomForContainer } from './first-paint-zoom';
import { layoutPage, symbolScale, typeUnit } from './layout';
import { imageLegendNote, legendBlock } from './legend';
import { mapCredit } from './map-credit';
import { type CalloutLink, type MapFrame, SHARED_SHAPES_HREF } from './map-frame';
import { drawGeometry } from './map-geometry';
import { drawLabels, drawnCallouts, type LabelTier } from './map-labels';
import { type ExportMeta, svgMetadata } from './metadata';
import { exportPlace } from './export-url';
import { shortDescription } from '../describe-picture-short';
import { cssPalette, type Palette, valuePalette } from './palette';
import { patternDefs } from './patterns';
import { atStep, prepared, withClaims } from './prepared';
import { type Box, constrainView, mapProjection } from './projection';
import { scaleBar } from './scale-bar';

export type Layout = 'full' | 'chart' | 'map-only';
export type Background = 'theme' | 'transparent';

export interface RenderOptions {
  buildup: Buildup;
  geo: GeoData;
  view: View;
  /** A presenter scene's camera, fitted to the map box as the stage fits it; replaces `view`. */
  camera?: SceneCamera;
  /**
   * The size of the map `view` was seen in: the image's map box then shows all that map showed (its zoom changed by
   * the ratio of the sizes, as the live map takes over from the first paint), not the view's zoom at another size.
   */
  viewFrame?: { width: number; height: number } | null;
  /** CSS px of the whole image. */
  width: number;
  height: number;
  theme?: ThemeName;
  /** 'css': colours as classes that the page's theme.css resolves (the first paint); 'values': as colours. */
  colours?: 'values' | 'css';
  background?: Background;
  layout?: Layout;
  title?: string;
  subtitle?: string;
  /** The newsroom's credit line, first in the footer. */
  credit?: string | null;
  /** The full layout heads its map with each series' latest figure in large type (geo/render/figures-strip.ts). */
  headline?: boolean;
  /** Output px per CSS px of the raster this SVG will become; only used to size the simplification. */
  scale?: number;
  /** Geometry detail kept, in output px. */
  simplifyTolerancePx?: number;
  /** The grid path coordinates are rounded to, in CSS px (0.1 unless given). */
  gridPx?: number;
  /** Origin the permalink is written against, e.g. "https://example.org" (no trailing slash). */
  baseUrl?: string;
  /** The address the image links to, when not the dashboard at this view (a presenter scene's). */
  permalinkPath?: string;
  hidden?: readonly LayerToggle[];
  highlight?: Highlight | null;
  /** Only these claims' figures and callouts are drawn (a presenter scene's); null or absent: all. */
  claims?: readonly string[] | null;
  /** The sources listed; absent: those of the callouts drawn. */
  sources?: readonly string[];
  /** The timeline's step (geo/timeline.ts) drawn; absent: the latest. */
  step?: number;
  typeScale?: number;
  /** Prefix of every id in the SVG, so several can share a page. */
  idPrefix?: string;
  /** Leave out <title>, <desc> and <metadata> (the page's first paint: the page around it says all that). */
  bare?: boolean;
  /**
   * A bare map export's credit starts with its date ("As of 3 November 2021 · Boundaries: …"): the picture has no
   * footer to say it. Not under a presenter's stage, whose scene counter says it.
   */
  datedCredit?: boolean;
  /**
   * Write the shapes that do not change with the claims to a document of their own (MapFrame.sharedShapes): given
   * that document, returns the address the drawing uses it at. Absent: one self-contained SVG (every export).
   */
  shareShapes?: (document: string) => string;
  /** Each callout a link to its claim's source (the first paint, which is all a phone shows until touched). */
  calloutLink?: CalloutLink;
  /** Names drawn again for this SVG scaled down to fit a small box (the first paint's FIRST_PAINT_LABEL_TIERS). */
  labelTiers?: readonly LabelTier[];
  table?: readonly MapLayer[];
  /**
   * How the map stops at its box. 'clip' (the default: SVG files and the page) clips it with a clip path. 'cover'
   * (raster exports) paints the page's panel over whatever the map drew outside its box, and nothing over a map that
   * fills the picture: resvg draws a clipped group on a layer of its own, as large as the picture, which at 40
   * megapixels took a second 160 MB and 40% of the drawing time. A transparent picture has no panel to paint, so it
   * is clipped either way.
   */
  mapEdge?: 'clip' | 'cover';
}

export interface RenderedMap {
  svg: string;
  meta: ExportMeta;
  /** Where the map was drawn and with which (constrained) view: tests and callers project with these. */
  mapBox: Box;
  mapView: View;
  /** The figures in large type were drawn (asked for with `headline`, they give way where there is no room). */
  headline: boolean;
}

/** The panel's colour over the picture outside `box` (the map's edge without a clip path); nothing if `box` fills it. */
function coverOutside(box: Box, width: number, height: number, palette: Palette): string {
  if (box.x <= 0 && box.y <= 0 && box.x + box.width >= width && box.y + box.height >= height) return '';
  const hole = `M${box.x} ${box.y}V${box.y + box.height}H${box.x + box.width}V${box.y}Z`;
  return `<path d="M0 0H${width}V${height}H0Z${hole}" fill-rule="evenodd"${palette.attrs({ fill: 'panel' })}/>`;
}

/** `view` as seen in a map of `frame`'s size, at the zoom that shows the same in `box`. */
function seenView(view: View, frame: { width: number; height: number } | null, box: Box): View {
  return frame ? { ...view, zoom: zoomForContainer({ view, ...frame }, box.width, box.height) } : view;
}

/** The dashboard at this view with these choices, e.g. `https://example.org/?hide=cities#5/48.5/33`. */
export const permalinkFor = (view: View, baseUrl = '', hidden: readonly LayerToggle[] = [], date: string | null = null) =>
  `${baseUrl}/${formatQuery({ theme: null, hidden: [...hidden], source: null, date })}${formatViewHash(view)}`;

/** The sources' heading says the date the picture shows: a reader of a feed misses the footer's small type. */
const sourcesHeading = (asOf: string) => `Sources as of ${formatDate(asOf)}`;

const MAX_LAYOUT_PASSES = 3;
/** A city's dot in a picture's framed map keeps this far inside the frame, in CSS px (MapFrame.edgeClearance). */
const CITY_EDGE_CLEARANCE = 6;
/**
 * With the figures across it, a picture's map is at least this share of its height, and its list keeps this share of
 * its sources: all of them. At a half, the latest day's social card (1200 × 675) listed 6 of 10, and the two largest
 * circles on it, the 175,000 plans, had no source on the picture; the figures give way, and the dialog says so.
 */
const MAP_KEPT = 0.3;
const LIST_KEPT = 1;
/** The chart joins the full page when the room left beside (or under) the sources is at least this tall, in type units. */
const CHART_MIN_UNITS = 14;

/**
 * `inline`: for a page's HTML (a bare map), which needs no namespaces and sets the type itself (`svg { font-family:
 * inherit }`); a file names both.
 */
function svgDocument(width: number, height: number, head: string, defs: string, body: string, inline = false): string {
  const file = inline ? '' : `xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" `;
  return `<svg ${file}width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${inline ? '' : ` font-family="${escapeXml(FONT_STACK)}"`}>`
    + `${head}<defs>${defs}</defs>${body}</svg>`;
}

/** The picture's name and, as its description, what it shows in words: the alt text the export dialog offers. */
const headOf = (opts: RenderOptions, meta: ExportMeta) =>
  (opts.bare ? '' : `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description)}</desc>${svgMetadata(meta)}`);

/**
 * `layout=chart`: the chart of figures over time as its own picture, with the title, the key and the sources of the
 * figures known at the step (as many as fit; the rest are counted and at the permalink).
 */
function renderChartPage(opts: RenderOptions, step: number, permalink: string): RenderedMap {
  const { buildup, width, height } = opts;
  const palette: Palette = opts.colours === 'css' ? cssPalette : valuePalette(themes[opts.theme ?? 'light']);
  const title = opts.title ?? buildup.story.title;
  const subtitle = opts.subtitle ?? defaultSubtitle(buildup, step);
  const known = knownAt(buildup.claims, buildup.steps, step);
  const plotted = chartClaims(known);
  const u = typeUnit(width, height);
  const asOf = buildup.steps[step] ?? buildup.asOf;
  const pageLayout = layoutPage(width, height, u, palette, {
    header: headerBlock(title, subtitle, width - 4 * u, u, palette),
    footer: footerBlock(asOf, permalink, width - 4 * u, u, palette, { dataVersion: buildup.dataVersion, credit: opts.credit ?? null, attribution: null }),
    legend: () => EMPTY,
    claims: plotted,
    // Every mark is numbered as a callout is: the list is written shorter to hold all of them (with none asked for, a
    // slide listed 9 of 29 whole and gave the rest to "+20 more at"), in the panel's first width, which leaves the
    // chart the room its crowded marks need for their numbers.
    calloutCount: plotted.length,
    panelWidens: false,
    permalink,
    sourcesHeading: sourcesHeading(asOf),
  });
  const box = pageLayout.map;
  const chart = chartBlock({ claims: known, steps: buildup.steps, step, palette, u, heading: null }, box.width, box.height);
  // <metadata> carries the source of every figure the chart draws, those the list had no room for too (as the full layout does).
  const description = opts.bare ? '' : `Chart of the troop figures over time, by who gave them. ${chartSummary(known, asOf)}`;
  const meta: ExportMeta = { title, subtitle, description, permalink, asOf, version: buildup.version, dataVersion: buildup.dataVersion, claims: plotted, listed: pageLayout.sources.shown.length, credit: opts.credit ?? null, attribution: null };
  const background = opts.background === 'transparent' ? '' : `<rect width="${width}" height="${height}"${palette.attrs({ fill: 'panel' })}/>`;
  const body = background + chart.draw(box.x, box.y) + pageLayout.placed.map((p) => p.block.draw(p.x, p.y)).join('');
  return { svg: svgDocument(width, height, headOf(opts, meta), '', body), meta, mapBox: box, mapView: opts.view, headline: false };
}

export function renderMap(opts: RenderOptions): RenderedMap {
  const { buildup, geo, width, height } = opts;
  const theme = themes[opts.theme ?? 'light'];
  const palette: Palette = opts.colours === 'css' ? cssPalette : valuePalette(theme);
  const idPrefix = opts.idPrefix ?? 'bm';
  const table = opts.table ?? MAP_LAYERS;
  const hidden = opts.hidden ?? [];
  const transparent = opts.background === 'transparent';
  const layout = opts.layout ?? 'full';
  const title = opts.title ?? buildup.story.title;
  const step = opts.step ?? buildup.steps.length - 1;
  const subtitle = opts.subtitle ?? defaultSubtitle(buildup, step);
  const dateShown = step < buildup.steps.length - 1 ? buildup.steps[step] : null;
  const permalink = opts.permalinkPath !== undefined ? `${opts.baseUrl ?? ''}${opts.permalinkPath}` : permalinkFor(opts.view, opts.baseUrl, hidden, dateShown);
  if (layout === 'chart') return renderChartPage(opts, step, permalink);
  const stepsInCss = opts.colours === 'css';
  const chosen = withClaims(prepared(buildup, geo), opts.claims ?? null);
  const data = stepsInCss ? chosen : atStep(chosen, step);
  const crimeaSince = occupationYear(buildup);
  const footnoteClaims = (footnotes: readonly number[]) => buildup.claims.filter((c) => footnotes.includes(c.footnote));
  const listed = (drawn: readonly number[]): NumberedClaim[] =>
    opts.sources ? opts.sources.map((id) => claimById(buildup, id)).filter((c): c is NumberedClaim => c !== undefined) : footnoteClaims(drawn);

  const u = typeUnit(width, height);
  const k = layout === 'full' ? symbolScale(u) : 1;
  const wantedIn = (box: Box) => (opts.camera ? sceneView(opts.camera, box.width, box.height, (opts.typeScale ?? 1) * k) : { view: seenView(opts.view, opts.viewFrame ?? null, box), bearing: 0 });
  const frameFor = (asked: Box): MapFrame => {
    // On a page, narrower rather than zoomed in past what was asked for: the view is shown whole, within the region's
    // edges. A bare map fills its picture (a page's first paint, a presenter's stage): there it zooms in.
    const box = layout === 'full' ? narrowToRegion(asked, wantedIn(asked).view.zoom, REGION_BBOX) : asked;
    const wanted = wantedIn(box);
    const view = constrainView(wanted.view, box.width, box.height, REGION_BBOX);
    return {
      view, box, projection: mapProjection(view, box, wanted.bearing), palette, table, k, typeScale: opts.typeScale ?? 1,
      transparent, data, geo, hidden, togglesInCss: opts.colours === 'css', highlight: opts.highlight ?? null, idPrefix, step, stepsInCss,
      calloutLink: opts.calloutLink ?? null,
      sharedShapes: opts.shareShapes !== undefined,
      tolerance: (opts.simplifyTolerancePx ?? 0.5) / (opts.scale ?? 1),
      gridPx: opts.gridPx ?? 0.1,
      detailed: view.zoom >= 5 || Math.min(box.width, box.height) >= 900,
      edgeClearance: layout === 'full' ? CITY_EDGE_CLEARANCE : 0,
    };
  };

  // What the map draws decides the legend and the sources, and they decide how much room the map gets: lay the
  // page out with what the whole image would show, then again with what the map box drew, until they agree.
  let frame = frameFor({ x: 0, y: 0, width, height });
  let drawn = drawnCallouts(frame);
  let page = '';
  let claims = listed(drawn);
  let headline = false;
  let listedCount: number | null = null;
  if (layout === 'full') {
    // Asked for, a picture heads its map with the numbers it draws (a scene's picture has its caption for that).
    const shownFigures = opts.headline && !opts.camera ? figuresAt(figureStacks(buildup.claims, buildup.steps), step) : [];
    // The chart's marks: every troop figure known by the date (a scene's picture draws no chart: its address,
    // /present/N, lists the scene's sources only, and a review found ~29 of the chart's marks sourced nowhere).
    const known = knownAt(buildup.claims, buildup.steps, step);
    const charted = opts.camera ? [] : chartClaims(known);
    /**
     * Lays the page out listing the sources of the callouts `shown` draws, the figures' strip on top if `stripOnTop`;
     * and, where the room left under them takes the chart and the list then takes every mark's source too, the chart.
     * Only so: a zoomed-in slide of 13 February listed the one source its map drew, and its chart drew about twenty
     * figures, 175,000 and 130,000 among them, whose sources were nowhere on the image.
     */
    const layOut = (shown: readonly number[], areas: ReadonlySet<string>, stripOnTop: boolean, placeNote: boolean) => {
      const listedNow = listed(shown);
      const figures = [...new Set(data.symbols.filter((s) => shown.includes(s.footnote)).map((s) => s.id))].map((id) => claimById(buildup, id)!);
      const entries = keyedInView(legendEntries({ figures, crimeaSince, hidden, highlight: opts.highlight ?? null }), areas);
      const strip = stripOnTop ? figuresStrip(stripFigures(shownFigures, shown), width - 4 * u, u, palette, { mode: 'rows' }) : EMPTY;
      const pageFor = (claims: NumberedClaim[], chart: Parameters<typeof layoutPage>[4]['chart'], chartReserve?: (w: number) => number) => layoutPage(width, height, u, palette, {
        header: stackBlocks(headerBlock(title, subtitle, width - 4 * u, u, palette), strip, 0.9 * u),
        footer: footerBlock(buildup.steps[step] ?? buildup.asOf, permalink, width - 4 * u, u, palette, { dataVersion: buildup.dataVersion, credit: opts.credit ?? null, attribution: ATTRIBUTION }),
        legend: (w, columns) => legendBlock(entries, imageLegendNote(entries, placeNote ? figures : []), w, columns, u, k, palette, idPrefix, table),
        claims,
        calloutCount: claims.length,
        permalink,
        sourcesHeading: sourcesHeading(buildup.steps[step] ?? buildup.asOf),
        sourcesMayGoUnder: !stripOnTop,
        chart,
        chartReserve,
      });
      const chartMinHeight = (w: number) => Math.max(CHART_MIN_UNITS * u, 0.45 * w);
      const roomFor = (w: number, room: number) => room >= chartMinHeight(w);
      // Without the chart first: only where its room is left under the map's sources is the longer list tried.
      let roomLeft = false;
      const pageLayout = pageFor(listedNow, (w, room) => {
        roomLeft = charted.length > 0 && roomFor(w, room);
        return null;
      });
      if (roomLeft) {
        const withChart = [...listedNow, ...charted.filter((c) => !listedNow.includes(c))].sort((a, b) => a.footnote - b.footnote);
        let drawnChart = false;
        const charting = pageFor(withChart, (w, room) => {
          if (!roomFor(w, room)) return null;
          drawnChart = true;
          return chartBlock({ claims: known, steps: buildup.steps, step, palette, u, heading: 'Figures over time (numbered as in the sources)', numbered: withChart.map((c) => c.footnote) }, w, Math.min(room, 0.62 * w));
        }, chartMinHeight);
        if (drawnChart && charting.sources.shown.length === withChart.length) return { pageLayout: charting, listed: listedNow, sourced: withChart };
      }
      return { pageLayout, listed: listedNow, sourced: listedNow };
    };
    const areasOf = (at: MapFrame) => areasInView(at.projection, at.box, at.data);
    /** The page and the map agreeing on what the map draws (see below). */
    const settle = (stripOnTop: boolean, placeNote: boolean) => {
      let at = frameFor({ x: 0, y: 0, width, height });
      let now = drawnCallouts(at);
      let areas = areasOf(at);
      let laid: ReturnType<typeof layOut>;
      // What the map draws decides the legend and the sources, and they decide how much room the map gets: lay the
      // page out with what the whole image would show, then again with what the map box drew, until they agree.
      for (let pass = 1; ; pass++) {
        laid = layOut(now, areas, stripOnTop, placeNote);
        at = frameFor(laid.pageLayout.map);
        const next = drawnCallouts(at);
        const nextAreas = areasOf(at);
        const settled = next.join() === now.join() && [...nextAreas].join() === [...areas].join();
        now = next;
        areas = nextAreas;
        if (settled || pass >= MAX_LAYOUT_PASSES) break;
      }
      if (!opts.sources && laid.listed.map((c) => c.footnote).join() !== now.join()) {
        // Still moving after the last pass (a longer list narrows the map, which then draws fewer callouts): lay the page
        // out once more for what the map draws now, and draw only those claims, so the sources, the metadata and the map
        // agree and nothing on the map goes unsourced.
        laid = layOut(now, areas, stripOnTop, placeNote);
        at = { ...frameFor(laid.pageLayout.map), data: withClaims(data, laid.listed.map((c) => c.id)) };
        now = drawnCallouts(at);
      }
      return { frame: at, drawn: now, laid };
    };
    const printed = (s: ReturnType<typeof settle>) => s.laid.pageLayout.sources.shown.length;
    let best = settle(false, true);
    // The key's sentence on where border-wide figures stand (imageLegendNote) gives way where its line would cost the
    // list a source: a square card listed 7 of its 10 with it, all 10 without.
    let placeNote = true;
    if (printed(best) < best.laid.listed.length) {
      const plain = settle(false, false);
      if (printed(plain) > printed(best)) [best, placeNote] = [plain, false];
    }
    let beside = '';
    const figuresNow = stripFigures(shownFigures, best.drawn);
    const asked = best.laid.pageLayout.map;
    const columnBeside = (map: Box) => {
      const room = asked.width - map.width - 2 * u;
      return room > 0 ? figuresStrip(figuresNow, room, u, palette, { mode: 'column', maxHeight: asked.height }) : EMPTY;
    };
    // Where the map narrows to the region (a square card), the figures stand in the width it leaves, the map at left;
    // where that width is too narrow for them, in the width a narrower map leaves, if it draws the same numbers and
    // areas (so that the key and the sources stay true).
    let mapBeside: Box = { ...asked, width: best.frame.box.width };
    let column = figuresNow.length ? columnBeside(mapBeside) : EMPTY;
    if (figuresNow.length && !column.height && best.frame.box.width < asked.width) {
      const drawnBefore = best.drawn.join(), areasBefore = [...areasOf(best.frame)].join();
      for (const box of narrowerMapBoxes(asked, best.frame.box.width, (b) => wantedIn(b).view.zoom, REGION_BBOX)) {
        const candidate = columnBeside(box);
        if (!candidate.height) continue;
        const at = { ...frameFor(box), data: best.frame.data };
        if (drawnCallouts(at).join() !== drawnBefore || [...areasOf(at)].join() !== areasBefore) continue;
        mapBeside = box;
        column = candidate;
        break;
      }
    }
    if (column.height) {
      headline = true;
      best = { ...best, frame: { ...frameFor(mapBeside), data: best.frame.data } };
      beside = column.draw(best.frame.box.x + best.frame.box.width + 2 * u, asked.y + (asked.height - column.height) / 2);
    } else if (figuresNow.length) {
      // Else across the top, under the title, where the map and the sources make room for it: not where the map would
      // be less than MAP_KEPT of the picture's height or the list keep less than LIST_KEPT of its sources (a square post
      // with a long title: a 440 × 230 thumbnail, Crimea cut, one source of ten listed; a social card, 6 of 10).
      const onTop = settle(true, placeNote);
      // Nor where it costs the key (800 × 600: the key gave its room to the strip, and nothing said what a hatched or
      // dashed circle is).
      const keyKept = onTop.laid.pageLayout.keyed || !best.laid.pageLayout.keyed;
      if (onTop.frame.box.height >= MAP_KEPT * height && printed(onTop) >= LIST_KEPT * printed(best) && keyKept) {
        best = onTop;
        headline = true;
      }
    }
    ({ frame, drawn } = best);
    claims = best.laid.sourced;
    listedCount = best.laid.pageLayout.sources.shown.length;
    page = best.laid.pageLayout.placed.map((p) => p.block.draw(p.x, p.y)).join('') + beside;
  }

  if (!stepsInCss && !opts.sources) {
    // A figure whose number the map cannot show (its circle's sliver at an edge, its callout beyond it) is not drawn:
    // a circle without its number, and so without its source in the list, could be read as part of another figure.
    frame = { ...frame, data: withClaims(frame.data, footnoteClaims(drawn).map((c) => c.id)) };
  }
  const { box: mapBox, view } = frame;
  const asOf = buildup.steps[step] ?? buildup.asOf;
  // In words, the figures the map draws, numbered as on the picture.
  const inView = opts.bare ? null : {
    areas: areasInView(frame.projection, mapBox, frame.data),
    flank: countriesInView(frame.projection, mapBox, frame.data.countries, 'eastern-flank').map((iso) => EASTERN_FLANK_NAMES[EASTERN_FLANK_ISO.indexOf(iso as (typeof EASTERN_FLANK_ISO)[number])]).sort(),
  };
  const description = inView ? describePicture(buildup, step, footnoteClaims(drawn), hidden, inView) : '';
  const meta: ExportMeta = { title, subtitle, description, permalink, asOf, version: buildup.version, dataVersion: buildup.dataVersion, claims, listed: listedCount, credit: opts.credit ?? null, attribution: ATTRIBUTION,
    place: opts.camera ? null : exportPlace(opts.view, opts.viewFrame ?? null, width, height, geo.cities),
    shortDescription: inView ? shortDescription(buildup, step, footnoteClaims(drawn), hidden, inView) : null };
  const geometry = drawGeometry(frame);
  if (opts.shareShapes) {
    const href = opts.shareShapes(`<svg xmlns="http://www.w3.org/2000/svg"><defs>${geometry.shared}</defs></svg>`);
    geometry.body = geometry.body.replaceAll(SHARED_SHAPES_HREF, escapeXml(href));
  }
  const covered = opts.mapEdge === 'cover' && !transparent;
  const clip = covered ? '' : `<clipPath id="${idPrefix}-map-clip"><rect x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}"/></clipPath>`;
  const bar = layout === 'full' ? scaleBar(view, mapBox, u, k, palette) : null;
  // A bare map for a page (the first paint) has the page's credit line under it instead.
  // A picture of the map alone says where its numbers' sources are; a stage's picture has them in its caption.
  const numbered = drawn.length > 0 && !hidden.includes('figures');
  const credit = layout === 'map-only' && !opts.bare ? mapCredit(mapBox, u, palette, opts.datedCredit ? asOf : null, opts.datedCredit && numbered ? permalink : null) : null;
  const reserved = [bar?.rect, credit?.rect].filter((r) => r !== undefined);
  const map = `<g id="${idPrefix}-map"${covered ? '' : ` clip-path="url(#${idPrefix}-map-clip)"`}>${geometry.body}${drawLabels(frame, reserved, opts.labelTiers ? { tiers: opts.labelTiers, width, height } : null)}${bar?.svg ?? ''}${credit?.svg ?? ''}</g>`
    + (covered ? coverOutside(mapBox, width, height, palette) : '');
  const frameLine = layout === 'full'
    ? `<rect x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}" fill="none"${palette.attrs({ stroke: 'mutedText' })} stroke-opacity="0.4" stroke-width="${k}"/>`
    : '';
  const background = layout === 'full' && !transparent ? `<rect width="${width}" height="${height}"${palette.attrs({ fill: 'panel' })}/>` : '';

  const svg = svgDocument(width, height, headOf(opts, meta), `${clip}${patternDefs(palette, k, idPrefix, table)}${geometry.defs}`, `${background}${map}${frameLine}${page}`, opts.bare);
  return { svg, meta, mapBox, mapView: view, headline };
}
