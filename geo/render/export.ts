/**
 * GET /api/export's work, kept out of the route so it can be tested and reused: the file name, the ETag, the
 * shared limiter and the render itself. The same parameters, claims and renderer give the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Buildup } from '../buildup';
import type { GeoData } from '../load-geo';
import { exportFileName } from './export-url';
import { createLimiter } from './limiter';
import { imageTextFields } from './metadata';
import type { ExportParams, Format } from './params';
import { renderJpeg, renderPng } from './raster';
import { renderMap } from './render-svg';

/** Bump when a change to the renderer changes its output, so caches let go of old images. */
export const RENDERER_VERSION = '2';

/** Two renders at a time (this is a 2-core machine); a request waits up to 2 s for a slot; 15 s per render. */
export const exportLimiter = createLimiter({ concurrency: 2, queueTimeoutMs: 2000, timeoutMs: 15_000 });
export const RETRY_AFTER_SECONDS = 2;

export const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml; charset=utf-8' };

/** The download's name, the same one the export dialog gives: the story, the view or scene, and the size. */
export function exportFilename(p: ExportParams, storyTitle: string): string {
  const target = p.scene !== null ? { scene: p.scene } : { view: p.view };
  return exportFileName({ target, width: p.width, height: p.height, scale: p.scale, format: p.format }, storyTitle);
}

/** A strong ETag: the claims version, then a hash of everything else that decides the bytes. */
export function exportEtag(p: ExportParams, buildupVersion: string, baseUrl: string): string {
  const key = JSON.stringify([RENDERER_VERSION, buildupVersion, baseUrl, p.view, p.width, p.height, p.scale, p.format, p.theme, p.background, p.layout, p.title, p.subtitle]);
  return `"${buildupVersion}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}"`;
}

export interface ExportContext { buildup: Buildup; geo: GeoData; baseUrl: string; signal?: AbortSignal }

export async function renderExport(p: ExportParams, { buildup, geo, baseUrl, signal }: ExportContext): Promise<Buffer> {
  const { svg, meta } = renderMap({
    buildup, geo, view: p.view, width: p.width, height: p.height, scale: p.scale, theme: p.theme,
    background: p.background, layout: p.layout, title: p.title ?? undefined, subtitle: p.subtitle ?? undefined, baseUrl,
  });
  if (p.format === 'svg') return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, 'utf8');
  const raster = { width: p.width, height: p.height, scale: p.scale, text: imageTextFields(meta), signal };
  return p.format === 'png' ? renderPng(svg, raster) : renderJpeg(svg, raster);
}
