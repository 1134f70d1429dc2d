/**
 * What of the key a picture's map shows: a picture zoomed into the Donbas draws neither Belarus nor the NATO flank,
 * one of Crimea no land border, and its key should not list them. An area counts when some of it, clipped to the
 * map's box, is larger than a few pixels; a line, when a few pixels of it are (a sliver at the edge is still drawn,
 * and still keyed).
 */
import { geoClipRectangle, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { layerById } from '../layers';
import { ROLES } from '../region';
import type { Prepared } from './prepared';
import type { Box } from './projection';

/** The key's entries (geo/legend.ts ids) that stand for something drawn in some places and not others. */
const KEYED = new Set<string>([...ROLES, 'border-zone', 'borders', 'crimea-line']);
const KEYED_LINES = ['borders', 'crimea-line'] as const;

/** Square px and px: less than this reads as nothing drawn. */
const MIN_AREA_PX = 16;
const MIN_LENGTH_PX = 4;

/** The ids of the key's areas and lines the map in `box` shows. */
export function areasInView(projection: GeoProjection, box: Box, data: Pick<Prepared, 'countries' | 'crimea' | 'zone' | 'borders'>): Set<string> {
  const clip = geoClipRectangle(box.x, box.y, box.x + box.width, box.y + box.height);
  const path = geoPath({ stream: (sink) => projection.stream(clip(sink)) });
  const shown = new Set<string>();
  for (const { role, geometry } of data.countries) if (!shown.has(role) && path.area(geometry) >= MIN_AREA_PX) shown.add(role);
  if (path.area(data.crimea) >= MIN_AREA_PX) shown.add('crimea');
  if (data.zone && path.area(data.zone) >= MIN_AREA_PX) shown.add('border-zone');
  for (const id of KEYED_LINES) {
    const filter = layerById(id).filter;
    const lines = filter && 'border' in filter ? filter.border.split('|').map((border) => data.borders.get(border)).filter((g): g is Geometry => g !== undefined) : [];
    if (lines.some((line) => path.measure(line) >= MIN_LENGTH_PX)) shown.add(id);
  }
  return shown;
}

/** The key's entries less the areas and lines the map does not show; figures, the highlight and notes stay. */
export function keyedInView<T extends { id: string }>(entries: readonly T[], shown: ReadonlySet<string>): T[] {
  return entries.filter((entry) => !KEYED.has(entry.id) || shown.has(entry.id));
}
