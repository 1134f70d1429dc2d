/**
 * The map's shapes, drawn layer by layer from the layer table (geo/layers.ts), bottom to top, exactly as the live
 * map's style lists them. Text and markers are drawn by map-labels.ts.
 */
import { geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Filter, MapLayer, Paint } from '../layers';
import { highlightRole } from '../map-style';
import type { Role } from '../region';
import { FLANK_ALTERNATE_ISO, ROLE_COLOUR } from '../style';
import { escapeXml } from './escape-xml';
import { type MapFrame, SHARED_SHAPES_HREF, stepAttrs, toggleState } from './map-frame';
import { PathWriter } from './path-context';
import { patternId } from './patterns';

/** `shared`: the paths of the shapes kept in a document of their own (MapFrame.sharedShapes), else empty. */
export interface MapGeometrySvg { defs: string; body: string; shared: string }

const num = (n: number) => String(Math.round(n * 100) / 100);
const dash = (pattern: readonly number[] | undefined, k: number) => (pattern ? ` stroke-dasharray="${pattern.map((n) => num(n * k)).join(' ')}"` : '');

/** The scene's highlight, as the countries layer's filter reads it. */
function highlighted(frame: MapFrame, filter: Filter | undefined): boolean {
  if (!filter || !('highlight' in filter)) return true;
  if (filter.highlight === 'countries') return highlightRole(frame.highlight) !== '';
  return frame.highlight === filter.highlight;
}

interface Shape { id: string; href: string; role?: Role; iso?: string; kind?: string; footnote?: number; span?: { from: number; to: number } }

export function drawGeometry(frame: MapFrame): MapGeometrySvg {
  const { k, box, data, palette, idPrefix } = frame;
  const writer = new PathWriter(frame.tolerance, frame.gridPx);
  const path = geoPath(frame.projection, writer);
  const d = (geometry: Geometry) => {
    path(geometry);
    return writer.result();
  };
  const defs: string[] = [];
  const shared: string[] = [];
  /** Each shape's path is written once, in <defs> (or the shared document), and used by every layer that draws it. */
  const shapes = new Map<string, Shape[]>();
  const writePath = (id: string, written: string, isShared: boolean) => {
    (isShared ? shared : defs).push(`<path id="${id}" d="${written}"/>`);
    return `${isShared ? SHARED_SHAPES_HREF : ''}#${id}`;
  };
  const define = (source: string, list: (Omit<Shape, 'href'> & { geometry: Geometry })[], isShared: boolean) => {
    const kept: Shape[] = [];
    for (const { geometry, ...shape } of list) {
      const written = d(geometry);
      if (!written) continue;
      kept.push({ ...shape, href: writePath(shape.id, written, isShared) });
    }
    shapes.set(source, kept);
  };
  const sharing = frame.sharedShapes;
  define('countries', data.countries.map((c) => ({ id: `${idPrefix}-c-${escapeXml(c.iso)}`, role: c.role, iso: c.iso, geometry: c.geometry })), sharing);
  define('crimea', [{ id: `${idPrefix}-crimea`, geometry: data.crimea }], sharing);
  define('zones', data.zone ? [{ id: `${idPrefix}-zone`, geometry: data.zone }] : [], sharing);
  define('figures', data.symbols.map((s, i) => ({ id: `${idPrefix}-figure-${i + 1}`, kind: s.kind, footnote: s.footnote, span: { from: s.from, to: s.to }, geometry: s.geometry })), false);

  // A file keeps XLink's name for the link, which older editors (Illustrator) read; a page's SVG, the only one sharing
  // its shapes, the plain one every browser reads, a few bytes a shape shorter.
  const link = sharing ? 'href' : 'xlink:href';
  const shapeRef = (shape: Pick<Shape, 'href' | 'span'>, attrs: string) => `<use ${link}="${shape.href}"${attrs}${shape.span ? stepAttrs(frame, shape.span) : ''}/>`;
  const matching = (layer: MapLayer): Shape[] => {
    const all = shapes.get(layer.source ?? '') ?? [];
    const filter = layer.filter;
    if (filter && 'figureKind' in filter) return all.filter((s) => s.kind === filter.figureKind);
    if (filter && 'highlight' in filter && filter.highlight === 'countries') return all.filter((s) => s.role === frame.highlight);
    return all;
  };

  function drawLayer(layer: MapLayer, paint: Paint): string {
    const opacity = (name: string, value: number | undefined) => (value !== undefined ? ` ${name}="${value}"` : '');
    switch (paint.type) {
      case 'background':
        return frame.transparent ? '' : `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${palette.attrs({ fill: paint.colour })}/>`;
      case 'fill':
        return matching(layer).map((shape) => {
          const alternate = shape.role === 'eastern-flank' && (FLANK_ALTERNATE_ISO as readonly string[]).includes(shape.iso ?? '');
          const colour = paint.colour !== 'role' ? paint.colour : alternate ? 'flankAlternate' : ROLE_COLOUR[shape.role ?? 'neighbour'];
          return shapeRef(shape, `${palette.attrs({ fill: colour })}${opacity('fill-opacity', paint.opacity)}`);
        }).join('');
      case 'hatch':
        return matching(layer).map((shape) => shapeRef(shape, ` fill="url(#${patternId(layer.id, idPrefix)})"`)).join('');
      case 'line': {
        if (layer.source === 'borders') {
          const ids = 'border' in (layer.filter ?? {}) ? (layer.filter as { border: string }).border.split('|') : [];
          const lines = ids.map((id) => data.borders.get(id)).filter((g): g is Geometry => g !== undefined).map(d).join('');
          if (!lines) return '';
          const attrs = ` fill="none"${palette.attrs({ stroke: paint.colour })} stroke-width="${num(paint.width * k)}" stroke-linejoin="round" stroke-linecap="round"${dash(paint.dash, k)}${opacity('stroke-opacity', paint.opacity)}`;
          return sharing ? shapeRef({ href: writePath(`${idPrefix}-line-${layer.id}`, lines, true) }, attrs) : `<path d="${lines}"${attrs}/>`;
        }
        const drawn = matching(layer);
        if (drawn.length === 0) return '';
        return `<g fill="none"${palette.attrs({ stroke: paint.colour })} stroke-width="${num(paint.width * k)}" stroke-linejoin="round"${dash(paint.dash, k)}${opacity('stroke-opacity', paint.opacity)}>`
          + drawn.map((shape) => shapeRef(shape, shape.footnote !== undefined ? ` data-footnote="${shape.footnote}" data-kind="${escapeXml(shape.kind ?? '')}"` : '')).join('') + '</g>';
      }
      default:
        return '';
    }
  }

  const out: string[] = [];
  for (const layer of frame.table) {
    if (layer.paint.type === 'text' || layer.paint.type === 'circle' || !highlighted(frame, layer.filter)) continue;
    const { drawn, classes } = toggleState(frame, layer.toggle);
    if (!drawn) continue;
    const body = drawLayer(layer, layer.paint);
    if (body) out.push(`<g data-layer="${layer.id}"${classes.length ? ` class="${classes.join(' ')}"` : ''}>${body}</g>`);
  }
  return { defs: defs.join(''), body: out.join(''), shared: shared.join('') };
}
