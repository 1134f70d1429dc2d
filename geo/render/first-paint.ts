import 'server-only';
/**
 * What the pages draw on the server: the map under the live one and the chart, in the HTML before any script runs
 * (and without WebGL, and in print). Both are coloured through CSS (app/theme.css), so one SVG serves both themes and
 * follows the viewer's system setting with no light flash; both draw every toggled layer and every step of the
 * timeline, marked, with the address's step shown, so the page's CSS and a few attribute flips do the rest.
 */
import { type Buildup, fingerprint } from '../buildup';
import type { GeoData } from '../load-geo';
import { layerById } from '../layers';
import { FIRST_PAINT_FRAME, firstPaintView } from '../first-paint-view';
import type { View } from '../view';
import { withVersion } from '../pinned-version';
import { formatQuery } from '../view-state';
import { chartSvg } from './chart';
import { cssPalette } from './palette';
import type { CalloutLink } from './map-frame';
import type { LabelTier } from './map-labels';
import { renderMap } from './render-svg';

/**
 * Coarser than exports: on screen for a second or two, and it travels inside every HTML response. Vertices under
 * a pixel apart are dropped and the rest sit on whole pixels: about 6 KB gzip instead of 9 at 0.1 px.
 */
const FIRST_PAINT_TOLERANCE_PX = 1;
const FIRST_PAINT_GRID_PX = 1;
/**
 * Scaled to fit a phone (0.4 of its frame at 390 px across), the first paint's 12 px names would be 5 px high. So the
 * names are drawn again at larger sizes, each set shown (by CSS) where the set before it would fall under 10 px, with
 * the callouts scaled alike: about the live map's sizes at any width, and never overlapping.
 */
const READABLE_PX = 10;
const CITY_NAME_PX = (() => {
  const paint = layerById('city-labels').paint;
  if (paint.type !== 'text') throw new Error('city-labels is not a text layer');
  return paint.size;
})();
const LABEL_TYPE_SCALES = [1.5, 2.5] as const;
export const FIRST_PAINT_LABEL_TIERS: readonly LabelTier[] = LABEL_TYPE_SCALES.map((typeScale, i) => ({
  typeScale,
  below: READABLE_PX / (CITY_NAME_PX * (LABEL_TYPE_SCALES[i - 1] ?? 1)),
}));

/** The chart's frame on the page (the panel's width); it scales with its box. */
export const CHART_FRAME = { width: 400, height: 250, size: 11 } as const;

export interface FirstPaint { svg: string; view: View; width: number; height: number }


/** A few drawings per data version: one per step asked for (the address's date). */
function cached<T>(make: (key: string) => T) {
  const store = new Map<string, T>();
  return (key: string) => {
    let hit = store.get(key);
    if (hit === undefined) {
      if (store.size >= 64) store.delete(store.keys().next().value!);
      store.set(key, (hit = make(key)));
    }
    return hit;
  };
}

/**
 * The drawings of a few data versions, not only the latest: pinned embeds (`/embed?v=N`) ask for old versions
 * between the latest one's requests. Each version's drawings belong to the buildup object they were drawn from.
 */
const MAP_VERSIONS_KEPT = 4;
const maps = new Map<string, { buildup: Buildup; draw: (key: string) => FirstPaint }>();

/**
 * The first paint's countries, Crimea, border zone and border lines: the same for every page, date and data version
 * (the first paint has one camera), so they are a document of their own at an address named by its content, which
 * browsers and caches keep for good (app/map-shapes/[file]/route.ts); the pages' HTML carries only the figures.
 */
const sharedShapes = new Map<string, string>();

function shareFirstPaintShapes(document: string): string {
  const name = `${fingerprint(document)}.svg`;
  if (!sharedShapes.has(name)) sharedShapes.set(name, document);
  return `${SHARED_SHAPES_PATH}${name}`;
}

export const SHARED_SHAPES_PATH = '/map-shapes/';

/** The shared shapes' document named `name` (as its address ends), or null when it is not this build's. */
export function firstPaintShapes(buildup: Buildup, geo: GeoData, name: string): string | null {
  if (sharedShapes.size === 0) firstPaintMap(buildup, geo, buildup.steps.length - 1);
  return sharedShapes.get(name) ?? null;
}

/**
 * Where a callout or a chart mark leads without script: the claim on the page of every source known at `date`, with
 * its exact words (the dashboard's source card needs script). With script a click opens the card instead.
 */
const sourceHref = (claimId: string, date: string | null, version: number | null = null) =>
  `/sources${withVersion(formatQuery({ theme: null, hidden: [], source: null, date }), version)}#source-${claimId}`;

/** The date a step of the timeline shows (null for the latest, the default: no `?date=`). */
const dateOfStep = (buildup: Buildup, step: number) => (step < buildup.steps.length - 1 ? buildup.steps[step] : null);

/** `pinned`: the page shows this data version for good (`/embed?v=N`): its links lead to that version's sources. */
function calloutLinks(buildup: Buildup, step: number, pinned: boolean): CalloutLink {
  const date = dateOfStep(buildup, step);
  const version = pinned ? buildup.dataVersion : null;
  return (claimId) => sourceHref(claimId, date, version);
}

export function firstPaintMap(buildup: Buildup, geo: GeoData, step: number, pinned = false): FirstPaint {
  const key = pinned ? `${buildup.version}:pinned` : buildup.version;
  let entry = maps.get(key);
  if (entry?.buildup !== buildup) {
    entry = {
      buildup,
      draw: cached((key) => {
        const view = firstPaintView();
        const { width, height } = FIRST_PAINT_FRAME;
        const { svg } = renderMap({
          buildup, geo, view, width, height, step: Number(key), colours: 'css', bare: true, layout: 'map-only',
          simplifyTolerancePx: FIRST_PAINT_TOLERANCE_PX, gridPx: FIRST_PAINT_GRID_PX, shareShapes: shareFirstPaintShapes,
          labelTiers: FIRST_PAINT_LABEL_TIERS, calloutLink: calloutLinks(buildup, Number(key), pinned),
        });
        return { svg, view, width, height };
      }),
    };
  }
  // Least recently used goes first: a hit moves to the end.
  maps.delete(key);
  if (maps.size >= MAP_VERSIONS_KEPT) maps.delete(maps.keys().next().value!);
  maps.set(key, entry);
  return entry.draw(String(step));
}

const charts = new Map<string, string>();

/** The end of the chart on the page: where its skip link sends the keyboard's next Tab. */
export const CHART_END_ID = 'chart-end';

/**
 * The chart on the page: every mark of the timeline, each a link to its source card at the chart's date. A link
 * before it, shown when Tab reaches it, skips its marks (up to one per claim): the layer boxes after it were 50 Tabs
 * into the page. Markup, not the chart's component, so it costs the page's script nothing and works without it.
 */
export function firstPaintChart(buildup: Buildup, step: number): string {
  const key = `${buildup.version}:${step}`;
  let svg = charts.get(key);
  if (svg === undefined) {
    const { width, height, size } = CHART_FRAME;
    const date = dateOfStep(buildup, step);
    const body = chartSvg({
      claims: buildup.claims, steps: buildup.steps, step, width, height, size, palette: cssPalette, stepsInCss: true,
      hrefFor: (claim) => sourceHref(claim.id, date),
    });
    // In the page's HTML: no namespace, and the page's type (`svg { font-family: inherit }`).
    svg = `<a class="skip-link" href="#${CHART_END_ID}">Skip the chart's links</a>`
      + `<svg viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="chart-title">`
      + `<title id="chart-title">Chart: the figures over time, by who gave them; each mark opens its source</title>${body}</svg>`
      // Focusable by script only, so following the skip link moves the focus here, not just the next Tab's start.
      + `<span id="${CHART_END_ID}" tabindex="-1"></span>`;
    if (charts.size >= 64) charts.delete(charts.keys().next().value!);
    charts.set(key, svg);
  }
  return svg;
}
