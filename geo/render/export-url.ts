/** The address of an export, and the file name a download gets: shared by the dashboard and the presenter. */
import { formatFrame } from '../seen-frame';
import type { CaptionPlace } from '../scene-camera';
import type { View } from '../view';
import { viewPlace } from '../view-place';
import type { FeatureCollection, Point } from 'geojson';
import type { LayerToggle } from '../view-state';
import type { Format } from './limits';

/** The namespace of an exported SVG's <metadata> (its sources, permalink and data version), read back by the dialog. */
export const EXPORT_NS = 'urn:buildup-map:export';

export interface ExportRequest {
  /**
   * A view or a presenter scene, with what was known on `date` (null: the latest; a scene's own date wins). A view's
   * `frame` is the size of the map it was seen in: the image shows what that map showed, at any size. A scene's
   * `caption` is where the stage it is the bare picture for shows the caption (none: a picture for no stage).
   */
  target: ({ view: View; frame?: { width: number; height: number } | null } | { scene: number; caption?: CaptionPlace }) & { date?: string | null };
  /** The whole page ('full'), the chart of figures over time with its sources ('chart'), or the bare map. */
  layout?: 'full' | 'chart' | 'map-only';
  /** Layers the viewer hid: the image leaves them out too. */
  hidden: readonly LayerToggle[];
  width: number;
  height: number;
  scale: number;
  format: Format;
  theme: 'light' | 'dark';
  transparent: boolean;
  title: string;
  /** Blank: the story's own (or what was known at an earlier date); null: none at all (sent as `subtitle=`). */
  subtitle: string | null;
  /** The newsroom's credit line ("Graphic: Jane Doe, The Daily"), first in the footer; blank: none. */
  credit?: string;
  /**
   * The data version on screen (`buildup.dataVersion`), pinned in the address as `v=N`: the picture is then that
   * version's for good, and caches may keep it so. 0 (claims from the files alone, no store) pins nothing.
   */
  version?: number;
  /** The resolution the file says it is for (print: the A4 preset's 300 dpi; an SVG its size in mm); absent: none said. */
  dpi?: number | null;
  /** The whole page heads its map with each series' latest figure in large type (`headline=figures`). */
  headline?: boolean;
}

export function exportUrl(request: ExportRequest, overrides: Partial<Pick<ExportRequest, 'format' | 'scale'>> = {}): string {
  const r = { ...request, ...overrides };
  const params = new URLSearchParams();
  if ('view' in r.target) {
    params.set('zoom', String(Math.round(r.target.view.zoom * 100) / 100));
    params.set('lat', String(Math.round(r.target.view.lat * 1e4) / 1e4));
    params.set('lng', String(Math.round(r.target.view.lng * 1e4) / 1e4));
    // A map too small or too large to say anything (hidden, say) leaves the zoom as it is.
    const frame = r.target.frame && formatFrame(r.target.frame);
    if (frame) params.set('frame', frame);
  } else {
    params.set('scene', String(r.target.scene));
    if (r.target.caption) params.set('caption', r.target.caption);
  }
  if (r.target.date) params.set('date', r.target.date);
  if (r.hidden.length > 0) params.set('hide', r.hidden.join(','));
  if (r.layout && r.layout !== 'full') params.set('layout', r.layout);
  params.set('width', String(r.width));
  params.set('height', String(r.height));
  if (r.scale !== 1) params.set('scale', String(r.scale));
  params.set('format', r.format);
  if (r.dpi) params.set('dpi', String(r.dpi));
  params.set('theme', r.theme);
  if (r.transparent && r.format !== 'jpeg') params.set('background', 'transparent');
  if (r.title) params.set('title', r.title);
  if (r.subtitle !== '') params.set('subtitle', r.subtitle ?? '');
  if (r.credit?.trim()) params.set('credit', r.credit.trim());
  if (r.headline && (r.layout ?? 'full') === 'full' && !('scene' in r.target)) params.set('headline', 'figures');
  if (r.version) params.set('v', String(r.version));
  return `/api/export?${params}`;
}

// An apostrophe joins its word ("russias", not "russia-s").
const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'map';

/**
 * `russias-troop-buildup-near-ukraine_2021-12-06_1920x1080.png`: the story, the date the picture is as of (`asOf` when
 * the view names none: a picture desk files by date; the map's coordinates, once in the name, meant nothing there),
 * or the scene (and the date asked for), for a zoomed-in view the place it is about (`around-kharkiv`: `place`, from
 * geo/view-place.ts; a view of the Donbas and one of the whole story shared a name), `chart` for the chart, what differs from the default picture (`map-only`,
 * `figures`, `dark`, `transparent`, `without-cities` where a map is drawn: two such exports of one view once saved over each other),
 * and the size (with the scale, `@2x`, but for an SVG).
 */
export function exportFileName(request: Pick<ExportRequest, 'target' | 'layout' | 'width' | 'height' | 'scale' | 'format'> & Partial<Pick<ExportRequest, 'theme' | 'transparent' | 'hidden' | 'headline'>> & { place?: string | null }, storyTitle: string, asOf: string | null = null): string {
  const { target } = request;
  // The day the picture is as of, a scene's too (a picture desk files by it); then what differs from the default
  // picture, the layout first (chart once stood before the date and map-only after it).
  const where = 'view' in target
    ? [target.date ?? asOf, request.place && request.layout !== 'chart' ? `around-${slug(request.place)}` : null].filter(Boolean).join('_')
    : [`scene-${target.scene}`, target.date ?? asOf].filter(Boolean).join('_');
  const how = [
    request.layout === 'chart' || request.layout === 'map-only' ? request.layout : null,
    request.headline && (request.layout ?? 'full') === 'full' && 'view' in target ? 'figures' : null,
    request.theme === 'dark' ? 'dark' : null,
    request.transparent ? 'transparent' : null,
    // The chart draws no map: "without-cities-zone" on one told a picture desk of layers it never had.
    request.hidden?.length && request.layout !== 'chart' ? `without-${[...request.hidden].sort().join('-')}` : null,
  ].filter(Boolean);
  // An SVG is drawn at its size whatever the scale (the export dialog offers none): "@2x" named a 1200 × 675 file.
  const size = `${request.width}x${request.height}${request.scale > 1 && request.format !== 'svg' ? `@${request.scale}x` : ''}`;
  return `${slug(storyTitle)}_${[where, ...how].join('_')}_${size}.${request.format === 'jpeg' ? 'jpg' : request.format}`;
}

/**
 * The place a picture of `view` is about, for its file name and its metadata (which the export dialog reads its name
 * from): the view as seen in a map of `frame`'s size, or, without one, at the picture's own size.
 */
export const exportPlace = (view: View, frame: { width: number; height: number } | null, width: number, height: number, cities: FeatureCollection<Point>) =>
  viewPlace(view, frame ?? { width, height }, cities);
