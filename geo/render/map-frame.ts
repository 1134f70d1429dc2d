import type { GeoProjection } from 'd3-geo';
import type { MapLayer } from '../layers';
import type { GeoData } from '../load-geo';
import type { Highlight } from '../schema';
import type { View } from '../view';
import type { LayerToggle } from '../view-state';
import type { Palette } from './palette';
import type { Prepared } from './prepared';
import type { Box } from './projection';

/** One map drawn into one box: what the geometry and label layers both need. */
export interface MapFrame {
  /** The view after MapLibre's bounds constraint; the projection is built from it. */
  view: View;
  box: Box;
  projection: GeoProjection;
  palette: Palette;
  table: readonly MapLayer[];
  /** Multiplier for strokes, symbols and map type: 1 matches the live map in CSS px. */
  k: number;
  /** Map type is this much larger (the presenter's 1.6). */
  typeScale: number;
  /** Vertices closer than this (CSS px) are dropped. */
  tolerance: number;
  /** The grid path coordinates are rounded to, in CSS px. */
  gridPx: number;
  transparent: boolean;
  /** Draw rank-2 cities too. */
  detailed: boolean;
  /**
   * A city's dot keeps this far (CSS px, times k) inside the box: a picture's map has a drawn frame, which a dot at
   * its edge touched (Sofia at 1920 x 1080). 0 where the map fills its place, as the live map does (a first paint).
   */
  edgeClearance: number;
  /**
   * Layers behind these toggles are left out. With `togglesInCss`, every layer is drawn and toggled layers carry a
   * class instead, so the page's CSS hides them (the first paint: one SVG for every choice).
   */
  hidden: readonly LayerToggle[];
  togglesInCss: boolean;
  highlight: Highlight | null;
  /**
   * The timeline's step drawn. With `stepsInCss`, every figure of the timeline is drawn, each marked with the steps
   * it is shown at and `data-off` when not at this one (the page switches them as the viewer changes the date).
   */
  step: number;
  stepsInCss: boolean;
  /** Patterns and paths are named with this prefix (several SVGs may share a page). */
  idPrefix: string;
  /** Each callout a link to its claim's source (the first paint); null: plain marks (exports). */
  calloutLink: CalloutLink | null;
  /**
   * The shapes that do not change with the claims (countries, Crimea, the border zone, the border lines) are written
   * to a document of their own, which the drawing uses by address (`SHARED_SHAPES_HREF#id`): the page's first paint,
   * whose geometry every page and every visit then shares from the browser's cache.
   */
  sharedShapes: boolean;
  data: Prepared;
  geo: GeoData;
}

export const px = (n: number) => String(Math.round(n * 10) / 10);

/** The `class` a toggled layer's group carries on the page (app/globals.css hides it by data-hidden-layers). */
export const toggleClass = (toggle: LayerToggle) => `bm-toggle-${toggle}`;

/** Whether a layer behind `toggle` is drawn, and the class its group carries. */
export function toggleState(frame: MapFrame, toggle: LayerToggle | undefined): { drawn: boolean; classes: string[] } {
  if (!toggle) return { drawn: true, classes: [] };
  if (frame.togglesInCss) return { drawn: true, classes: [toggleClass(toggle)] };
  return { drawn: !frame.hidden.includes(toggle), classes: [] };
}

/** A figure's step marks on the page (its steps, and data-off when not shown at the frame's step); none in an export. */
export function stepAttrs(frame: MapFrame, span: { from: number; to: number }): string {
  if (!frame.stepsInCss) return '';
  const off = frame.step < span.from || frame.step > span.to;
  return ` data-from="${span.from}" data-to="${span.to}"${off ? ' data-off=""' : ''}`;
}

/** Stands for the shared shapes' address in a drawing until it is known (render-svg.ts puts it in). */
export const SHARED_SHAPES_HREF = '__shared-shapes__';

/** Where a claim's callout leads. */
export type CalloutLink = (claimId: string) => string;
