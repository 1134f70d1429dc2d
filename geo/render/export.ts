import 'server-only';
/**
 * GET /api/export's work, kept out of the route so it can be tested and reused: the file name, the ETag, the
 * shared limiter and the render itself. The same parameters, claims and renderer give the same bytes.
 */
import { createHash } from 'node:crypto';
import { type GeoData, loadGeo } from '../load-geo';
import { exportFileName, exportPlace } from './export-url';
import { createLimiter } from './limiter';
import type { ExportInputs } from './export-picture';
import { LIMITS } from './limits';
import type { ExportParams, Format } from './params';
import { renderRasterExport, renderSvgExport } from './raster';
import type { RasterResult } from './raster-step';
import { missingGlyphs } from './text-metrics';
import { type Unprintable, unprintableMessages } from './unprintable';

/** Bump when a change to the renderer changes its output, so caches let go of old images. */
export const RENDERER_VERSION = '6';

/**
 * Two renders at a time (this is a 2-core machine, with two raster threads), and at most 40 megapixels of raster
 * among them: a raster export holds about two full RGBA canvases at its peak (8 bytes a pixel, 320 MB at 40 MP), so
 * two of the largest at once would take the server past 600 MB. A request waits up to 2 s for a slot; 15 s per render.
 */
export const exportLimiter = createLimiter({ concurrency: 2, queueTimeoutMs: 2000, timeoutMs: 15_000, capacity: LIMITS.maxMegapixels });

/** What an export weighs in the limiter: its raster's megapixels (an SVG is text, written on a raster thread: none). */
export const exportWeight = (p: ExportParams) => (p.format === 'svg' ? 0 : (p.width * p.scale * p.height * p.scale) / 1e6);
export const RETRY_AFTER_SECONDS = 2;

export const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml; charset=utf-8' };

/**
 * The download's name, the same one the export dialog gives: the story, the view or scene, the date asked for as the
 * picture shows it (`drawnDate`: a day between two claims shows the one before, and a scene's own date wins), and the
 * size.
 */
export function exportFilename(p: ExportParams, storyTitle: string, drawnDate: string | null = p.date, headline = p.headline === 'figures'): string {
  const date = p.date === null ? null : drawnDate;
  const target = p.scene !== null ? { scene: p.scene, date } : { view: p.view, date };
  const place = p.scene !== null ? null : exportPlace(p.view, p.frame, p.width, p.height, loadGeo().cities);
  return exportFileName({ target, layout: p.layout, width: p.width, height: p.height, scale: p.scale, format: p.format, theme: p.theme, transparent: p.background === 'transparent', hidden: p.hidden, headline, place }, storyTitle, drawnDate);
}

/** The characters of the title, subtitle and credit that the shipped font has no glyph for (PNG and JPEG draw with it). */
export function unprintableText(p: ExportParams): Unprintable {
  const result: Unprintable = {};
  for (const [name, text, weight] of [['title', p.title, 700], ['subtitle', p.subtitle, 400], ['credit', p.credit, 400]] as const) {
    const missing = text ? missingGlyphs(text, weight) : [];
    if (missing.length) result[name] = missing;
  }
  return result;
}

/**
 * A PNG or JPEG draws its text with the shipped font only (resvg, the same everywhere): characters it has no glyph
 * for would come out as boxes, so such a title or subtitle is refused, naming them. SVG keeps text as text, which
 * the viewer's own fonts draw.
 */
export const rasterTextProblems = (p: ExportParams): string[] => (p.format === 'svg' ? [] : unprintableMessages(unprintableText(p), p.format));

/** A strong ETag: the claims version, then a hash of everything else that decides the bytes. */
export function exportEtag(p: ExportParams, dataVersion: string, baseUrl: string): string {
  // Every parameter, not a list of them: a list left out `caption`, and two different pictures shared one ETag. `v`
  // too: a pinned picture prints its version's sources page, the address without it the dashboard's.
  const key = JSON.stringify([RENDERER_VERSION, dataVersion, baseUrl, p]);
  return `"${dataVersion}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}"`;
}

export interface ExportContext extends ExportInputs {
  geo: GeoData;
  signal?: AbortSignal;
}

/**
 * The export's bytes, all made on a raster thread, which loads the map's shapes itself: a PNG or JPEG written, drawn
 * and encoded (a 40 MP picture's SVG alone held the request thread for 30–40 ms), an SVG written (svg-export.ts).
 */
export async function renderExport(p: ExportParams, { signal, ...inputs }: ExportContext): Promise<RasterResult> {
  return p.format === 'svg' ? renderSvgExport({ ...p, format: p.format }, inputs, signal) : renderRasterExport({ ...p, format: p.format }, inputs, signal);
}
