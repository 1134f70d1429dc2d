/**
 * renderMapSvg: one SVG for every place a static map appears, from the dashboard's first paint ('map-only')
 * to the publication export ('full'). Deterministic: the same options give the same bytes.
 */
import type { Buildup } from '../buildup';
import type { GeoData } from '../load-geo';
import { FONT_STACK, type ThemeName, themes } from '../style';
import { formatViewHash, type View } from '../view';
import { escapeXml } from './escape-xml';
import { footerBlock } from './footer';
import { headerBlock } from './header';
import { layoutPage, symbolScale, typeUnit } from './layout';
import { legendBlock, legendItems } from './legend';
import type { MapFrame } from './map-frame';
import { drawGeometry } from './map-geometry';
import { drawLabels } from './map-labels';
import { type ExportMeta, svgMetadata } from './metadata';
import { patternDefs } from './patterns';
import { prepared } from './prepared';
import { type Box, constrainView, mapProjection } from './projection';
import { scaleBar } from './scale-bar';
import { orderedClaims } from './sources';

export type Layout = 'full' | 'map-only';
export type Background = 'theme' | 'transparent';

export interface RenderOptions {
  buildup: Buildup;
  geo: GeoData;
  view: View;
  /** CSS px of the whole image. */
  width: number;
  height: number;
  theme?: ThemeName;
  background?: Background;
  layout?: Layout;
  title?: string;
  subtitle?: string;
  /** Output px per CSS px of the raster this SVG will become; only used to size the simplification. */
  scale?: number;
  /** Geometry detail kept, in output px. */
  simplifyTolerancePx?: number;
  /** Origin the permalink is written against, e.g. "https://example.org" (no trailing slash). */
  baseUrl?: string;
}

export interface RenderedMap {
  svg: string;
  meta: ExportMeta;
  /** Where the map was drawn and with which (constrained) view: tests and callers project with these. */
  mapBox: Box;
  mapView: View;
}

export const permalinkFor = (view: View, baseUrl = '') => `${baseUrl}/${formatViewHash(view)}`;

export function renderMap(opts: RenderOptions): RenderedMap {
  const { buildup, geo, width, height } = opts;
  const theme = themes[opts.theme ?? 'light'];
  const transparent = opts.background === 'transparent';
  const layout = opts.layout ?? 'full';
  const title = opts.title ?? buildup.story.title;
  const subtitle = opts.subtitle ?? buildup.story.subtitle;
  const permalink = permalinkFor(opts.view, opts.baseUrl);
  const data = prepared(buildup, geo);
  const calloutFootnotes = new Set(data.figures.callouts.features.map((f) => f.properties.footnote));
  const claims = orderedClaims(buildup, [...calloutFootnotes]);
  const meta: ExportMeta = { title, subtitle, permalink, asOf: buildup.asOf, version: buildup.version, claims };

  const u = typeUnit(width, height);
  const k = layout === 'full' ? symbolScale(u) : 1;
  let mapBox: Box = { x: 0, y: 0, width, height };
  let page = '';
  if (layout === 'full') {
    const items = legendItems(buildup, geo);
    const pageLayout = layoutPage(width, height, u, theme, {
      header: headerBlock(title, subtitle, width - 4 * u, u, theme),
      footer: footerBlock(buildup.asOf, permalink, width - 4 * u, u, theme),
      legend: (w, columns) => legendBlock(items, w, columns, u, k, theme),
      claims,
      calloutCount: calloutFootnotes.size,
      permalink,
    });
    mapBox = pageLayout.map;
    page = pageLayout.placed.map((p) => p.block.draw(p.x, p.y)).join('');
  }

  const view = constrainView(opts.view, mapBox.width, mapBox.height);
  const frame: MapFrame = {
    view, box: mapBox, projection: mapProjection(view, mapBox), theme, k, transparent, data, geo,
    tolerance: (opts.simplifyTolerancePx ?? 0.5) / (opts.scale ?? 1),
    detailed: view.zoom >= 5 || Math.min(mapBox.width, mapBox.height) >= 900,
  };
  const geometry = drawGeometry(frame);
  const clip = `<clipPath id="bm-map-clip"><rect x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}"/></clipPath>`;
  const map = `<g id="map" clip-path="url(#bm-map-clip)">${geometry.body}${drawLabels(frame)}`
    + `${layout === 'full' ? scaleBar(view, mapBox, u, k, theme) : ''}</g>`;
  const frameLine = layout === 'full'
    ? `<rect x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}" fill="none" stroke="${theme.mutedText}" stroke-opacity="0.4" stroke-width="${k}"/>`
    : '';
  const background = layout === 'full' && !transparent ? `<rect width="${width}" height="${height}" fill="${theme.panel}"/>` : '';

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" `
    + `font-family="${escapeXml(FONT_STACK)}">`
    + `<title>${escapeXml(title)}</title>${subtitle ? `<desc>${escapeXml(subtitle)}</desc>` : ''}${svgMetadata(meta)}`
    + `<defs>${clip}${patternDefs(theme, k)}${geometry.defs}</defs>`
    + `${background}${map}${frameLine}${page}</svg>`;
  return { svg, meta, mapBox, mapView: view };
}

export function renderMapSvg(opts: RenderOptions): string {
  return renderMap(opts).svg;
}
