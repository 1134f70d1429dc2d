/**
 * What of the key a picture's map shows: a picture zoomed into the Donbas draws neither Belarus nor the NATO flank,
 * one of Crimea no land border, and its key should not list them. An area counts when some of it, clipped to the
 * map's box, is larger than a few pixels; a line, when a few pixels of it are (a sliver at the edge is still drawn,
 * and still keyed).
 */
import { geoBounds, geoClipRectangle, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { layerById } from '../layers';
import { type Role, ROLES } from '../region';
import type { Prepared } from './prepared';
import type { Box } from './projection';

/** The key's entries (geo/legend.ts ids) that stand for something drawn in some places and not others. */
const KEYED = new Set<string>([...ROLES, 'border-zone', 'borders', 'crimea-line']);
const KEYED_LINES = ['borders', 'crimea-line'] as const;

/** Square px and px: less than this reads as nothing drawn. */
const MIN_AREA_PX = 16;
const MIN_LENGTH_PX = 4;

/** Each shape's bounds in degrees, found once (the shapes are the same objects for every picture of a data version). */
const boundsOf = new WeakMap<Geometry, [[number, number], [number, number]]>();

/**
 * Where a shape stands against the box, from its bounds' corners on the map: wholly inside, wholly outside (neither
 * then needs the shape itself projected), or across its edge. The bounds' corners bound the shape on the map: a
 * parallel and a meridian are straight lines in Mercator, also turned by a bearing.
 */
function placeOf(projection: GeoProjection, box: Box, geometry: Geometry): 'inside' | 'outside' | 'across' {
  let bounds = boundsOf.get(geometry);
  if (!bounds) boundsOf.set(geometry, (bounds = geoBounds(geometry)));
  const [[west, south], [east, north]] = bounds;
  const corners = [[west, south], [west, north], [east, south], [east, north]].map((c) => projection(c as [number, number]) ?? [NaN, NaN]);
  const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if ([left, right, top, bottom].some(Number.isNaN)) return 'across';
  if (right <= box.x || left >= box.x + box.width || bottom <= box.y || top >= box.y + box.height) return 'outside';
  return left >= box.x && right <= box.x + box.width && top >= box.y && bottom <= box.y + box.height ? 'inside' : 'across';
}

/** The first vertex of a shape's rings, in order, that the map puts inside the box (inset by 2 px), if any. */
function vertexInside(projection: GeoProjection, box: Box, geometry: Geometry): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  for (const ring of rings) {
    for (const point of ring) {
      const at = projection(point as [number, number]);
      if (at && at[0] > box.x + 2 && at[0] < box.x + box.width - 2 && at[1] > box.y + 2 && at[1] < box.y + box.height - 2) return true;
    }
  }
  return false;
}

/** Whether the map in `box` shows a shape: an area past a few pixels, and the box clipping it (`path`). */
function viewOf(projection: GeoProjection, box: Box) {
  const clip = geoClipRectangle(box.x, box.y, box.x + box.width, box.y + box.height);
  const path = geoPath({ stream: (sink) => projection.stream(clip(sink)) });
  // Only a shape across the box's edge is clipped and measured (a whole-region picture measured every country:
  // 3 ms a layout pass, 24 ms more per 1920×1080 picture).
  const places = new Map<Geometry, ReturnType<typeof placeOf>>();
  const placed = (geometry: Geometry) => places.get(geometry) ?? places.set(geometry, placeOf(projection, box, geometry)).get(geometry)!;
  // Across the edge, a corner of its outline inside the box shows it; with none (a country larger than the box, or
  // a sliver between two corners), its part inside is measured.
  const areaShown = (geometry: Geometry) => placed(geometry) === 'inside'
    || (placed(geometry) === 'across' && (vertexInside(projection, box, geometry) || path.area(geometry) >= MIN_AREA_PX));
  return { path, placed, areaShown };
}

/** The ids of the key's areas and lines the map in `box` shows. */
export function areasInView(projection: GeoProjection, box: Box, data: Pick<Prepared, 'countries' | 'crimea' | 'zone' | 'borders'>): Set<string> {
  const { path, placed, areaShown } = viewOf(projection, box);
  const shown = new Set<string>();
  // A role's countries wholly inside first: one of them shows the role, and the others are not measured.
  const countries = [...data.countries].sort((a, b) => Number(placed(b.geometry) === 'inside') - Number(placed(a.geometry) === 'inside'));
  for (const { role, geometry } of countries) if (!shown.has(role) && areaShown(geometry)) shown.add(role);
  if (areaShown(data.crimea)) shown.add('crimea');
  if (data.zone && areaShown(data.zone)) shown.add('border-zone');
  for (const id of KEYED_LINES) {
    const filter = layerById(id).filter;
    const lines = filter && 'border' in filter ? filter.border.split('|').map((border) => data.borders.get(border)).filter((g): g is Geometry => g !== undefined) : [];
    if (lines.some((line) => path.measure(line) >= MIN_LENGTH_PX)) shown.add(id);
  }
  return shown;
}

/** The ISO codes of the countries of `role` the map in `box` shows, in the order of `countries`. */
export function countriesInView(projection: GeoProjection, box: Box, countries: Prepared['countries'], role: Role): string[] {
  const { areaShown } = viewOf(projection, box);
  return countries.filter((c) => c.role === role && areaShown(c.geometry)).map((c) => c.iso);
}

/** The key's entries less the areas and lines the map does not show; figures, the highlight and notes stay. */
export function keyedInView<T extends { id: string }>(entries: readonly T[], shown: ReadonlySet<string>): T[] {
  return entries.filter((entry) => !KEYED.has(entry.id) || shown.has(entry.id));
}
