/**
 * An SVG export's bytes: the picture's SVG with its physical size where a dpi is asked and the Inter faces inside it.
 * Written on a raster thread (raster-worker.ts) like a PNG's, not on the request thread: a wide picture with the
 * figures in large type takes seconds to lay out, and twelve of them at once held every other request for 17 s.
 */
import type { GeoData } from '../load-geo';
import { exportRenderOptions, type ExportInputs } from './export-picture';
import type { ExportParams } from './params';
import type { RasterResult } from './raster-step';
import { renderMap } from './render-svg';
import { embeddedFonts } from './svg-fonts';
import { withPrintSize } from './svg-print-size';

export function svgExport(p: ExportParams & { format: 'svg' }, inputs: ExportInputs, geo: GeoData): RasterResult {
  const { svg, headline } = renderMap(exportRenderOptions(p, inputs, geo));
  const sized = p.dpi === null ? svg : withPrintSize(svg, p.dpi);
  // With its fonts inside: measured in Inter, its text ran off the image where Inter was not installed.
  const withFonts = sized.replace(/^<svg[^>]*>/, (open) => `${open}${embeddedFonts()}`);
  return { bytes: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${withFonts}`, 'utf8'), headline };
}
