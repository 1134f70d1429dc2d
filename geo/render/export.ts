import 'server-only';
/**
 * GET /api/export's work, kept out of the route so it can be tested and reused: the file name, the ETag, the
 * shared limiter and the render itself. The same parameters, claims and renderer give the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Buildup } from '../buildup';
import { fillPlaceholders, sceneSources } from '../fill-placeholders';
import type { GeoData } from '../load-geo';
import type { PresenterScene } from '../scene-camera';
import { PRESENTER_TYPE_SCALE } from '../style';
import { stepForDate } from '../timeline';
import { exportFileName } from './export-url';
import { createLimiter } from './limiter';
import { imageTextFields } from './metadata';
import { LIMITS } from './limits';
import type { ExportParams, Format } from './params';
import { renderJpeg, renderPng } from './raster';
import { renderMap, type RenderOptions } from './render-svg';

/** Bump when a change to the renderer changes its output, so caches let go of old images. */
export const RENDERER_VERSION = '3';

/**
 * Two renders at a time (this is a 2-core machine, with two raster threads), and at most 40 megapixels of raster
 * among them: a raster export holds about two full RGBA canvases at its peak (8 bytes a pixel, 320 MB at 40 MP), so
 * two of the largest at once would take the server past 600 MB. A request waits up to 2 s for a slot; 15 s per render.
 */
export const exportLimiter = createLimiter({ concurrency: 2, queueTimeoutMs: 2000, timeoutMs: 15_000, capacity: LIMITS.maxMegapixels });

/** What an export weighs in the limiter: its raster's megapixels (an SVG is text, drawn on the request thread: none). */
export const exportWeight = (p: ExportParams) => (p.format === 'svg' ? 0 : (p.width * p.scale * p.height * p.scale) / 1e6);
export const RETRY_AFTER_SECONDS = 2;

export const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml; charset=utf-8' };

/** The download's name, the same one the export dialog gives: the story, the view or scene, and the size. */
export function exportFilename(p: ExportParams, storyTitle: string): string {
  const target = p.scene !== null ? { scene: p.scene, date: p.date } : { view: p.view, date: p.date };
  return exportFileName({ target, layout: p.layout, width: p.width, height: p.height, scale: p.scale, format: p.format }, storyTitle);
}

/** A strong ETag: the claims version, then a hash of everything else that decides the bytes. */
export function exportEtag(p: ExportParams, dataVersion: string, baseUrl: string): string {
  const key = JSON.stringify([RENDERER_VERSION, dataVersion, baseUrl, p.view, p.scene, p.date, p.hidden, p.width, p.height, p.scale, p.format, p.theme, p.background, p.layout, p.title, p.subtitle]);
  return `"${dataVersion}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}"`;
}

export interface ExportContext {
  buildup: Buildup;
  geo: GeoData;
  baseUrl: string;
  /** The scene `scene=N` names, already looked up. */
  scene?: PresenterScene | null;
  signal?: AbortSignal;
}

/** What the renderer draws for these parameters: a presenter scene's picture, or the dashboard's at a view. */
export function exportRenderOptions(p: ExportParams, { buildup, geo, baseUrl, scene = null }: ExportContext): RenderOptions {
  const date = (scene && p.scene !== null ? scene.date : null) ?? p.date;
  const base: RenderOptions = {
    buildup, geo, view: p.view, step: stepForDate(buildup.steps, date), width: p.width, height: p.height, scale: p.scale, theme: p.theme,
    background: p.background, layout: p.layout, title: p.title ?? undefined, subtitle: p.subtitle ?? undefined, baseUrl, hidden: p.hidden,
  };
  if (!scene || p.scene === null) return base;
  return {
    ...base,
    camera: scene.camera,
    highlight: scene.highlight,
    claims: scene.claims,
    sources: sceneSources(scene),
    title: p.title ?? scene.title,
    subtitle: p.subtitle ?? fillPlaceholders(scene.caption, buildup),
    permalinkPath: `/present/${p.scene}`,
    // The stage draws map type larger for a shared screen; the scene's picture keeps it.
    typeScale: PRESENTER_TYPE_SCALE,
  };
}

export async function renderExport(p: ExportParams, context: ExportContext): Promise<Buffer> {
  const { svg, meta } = renderMap(exportRenderOptions(p, context));
  if (p.format === 'svg') return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, 'utf8');
  const raster = { width: p.width, height: p.height, scale: p.scale, text: imageTextFields(meta), signal: context.signal };
  return p.format === 'png' ? renderPng(svg, raster) : renderJpeg(svg, raster);
}
