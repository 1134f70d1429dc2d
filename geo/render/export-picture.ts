/**
 * What an export draws, from its parameters: the renderer's options for a presenter scene's picture or the
 * dashboard's at a view, and for PNG and JPEG the raster work. Shared by the request thread (SVG exports) and the
 * raster worker (PNG and JPEG: the SVG is written there too, so a large one never holds up other requests).
 */
import type { Buildup } from '../buildup';
import { fillPlaceholders, sceneSources } from '../fill-placeholders';
import type { GeoData } from '../load-geo';
import { type PresenterScene, withCaption } from '../scene-camera';
import { PRESENTER_TYPE_SCALE } from '../style';
import { sceneClaimsAt } from '../scene-claims-at';
import { stepForDate } from '../timeline';
import { formatQuery } from '../view-state';
import { imageTextFields } from './metadata';
import type { ExportParams } from './params';
import { rasterJob } from './raster-job';
import type { RasterJob } from './raster-step';
import { renderMap, type RenderOptions } from './render-svg';

/**
 * The address a picture of data version `version` prints for its sources: that version's sources page as published,
 * at the day it shows. The dashboard's address (the latest data) once stood there, where a correction could change
 * the figures behind the picture's numbers.
 */
export function pinnedSourcesPath(steps: readonly string[], step: number, version: number): string {
  const query = new URLSearchParams(step < steps.length - 1 && steps[step] ? { date: steps[step] } : {});
  query.set('v', String(version));
  return `/sources?${query}`;
}

/** What decides an export's picture besides its parameters: plain data, so it can cross to a worker thread. */
export interface ExportInputs {
  buildup: Buildup;
  baseUrl: string;
  /** The scene `scene=N` names, already looked up. */
  scene?: PresenterScene | null;
}

export function exportRenderOptions(p: ExportParams, { buildup, baseUrl, scene = null }: ExportInputs, geo: GeoData): RenderOptions {
  const date = (scene && p.scene !== null ? scene.date : null) ?? p.date;
  const step = stepForDate(buildup.steps, date);
  const base: RenderOptions = {
    buildup, geo, view: p.view, viewFrame: p.frame, step, width: p.width, height: p.height, scale: p.scale, theme: p.theme,
    background: p.background, layout: p.layout, title: p.title ?? undefined, subtitle: p.subtitle ?? undefined, credit: p.credit, baseUrl, hidden: p.hidden,
    // A file keeps its clip path (an editor sees the map's shapes whole); a picture is drawn without it.
    mapEdge: p.format === 'svg' ? 'clip' : 'cover',
    datedCredit: p.caption === null,
    headline: p.headline === 'figures',
  };
  if (!scene || p.scene === null) return p.version === null ? base : { ...base, permalinkPath: pinnedSourcesPath(buildup.steps, step, p.version) };
  const claims = sceneClaimsAt(buildup.claims, buildup.steps, scene.claims, step);
  return {
    ...base,
    camera: withCaption(scene.camera, p.caption),
    highlight: scene.highlight,
    claims,
    sources: sceneSources({ ...scene, claims }),
    title: p.title ?? scene.title,
    subtitle: p.subtitle ?? fillPlaceholders(scene.caption, buildup),
    // A date asked of a scene without its own is in the picture: the address printed on it says it too. Pinned (as
    // the presenter's dialog pins it), the version's sources as published, as for a view. A scene's chart draws every
    // mark known at its date, which the scene's page (/present/N, its own claims only) does not list: "+5 more at
    // /present/11" led nowhere for them; it prints the dashboard at that date.
    permalinkPath: p.version !== null ? pinnedSourcesPath(buildup.steps, step, p.version)
      : p.layout === 'chart' ? `/${formatQuery({ theme: null, hidden: [], source: null, date: step < buildup.steps.length - 1 ? buildup.steps[step] : null })}`
        : `/present/${p.scene}${!scene.date && p.date ? `?date=${p.date}` : ''}`,
    // The stage draws map type larger for a shared screen; the scene's picture keeps it.
    typeScale: PRESENTER_TYPE_SCALE,
  };
}

/** A PNG or JPEG export's raster work (its SVG, drawing options and text fields), and whether it draws the figures in large type. */
export function exportRasterJob(p: ExportParams & { format: 'png' | 'jpeg' }, inputs: ExportInputs, geo: GeoData): { job: RasterJob; headline: boolean } {
  const { svg, meta, headline } = renderMap(exportRenderOptions(p, inputs, geo));
  return { job: rasterJob(svg, p.format, { width: p.width, height: p.height, scale: p.scale, text: imageTextFields(meta), dpi: p.dpi }), headline };
}
