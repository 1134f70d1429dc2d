/**
 * The export's query string, parsed at the boundary into typed options. Every rejection names the parameter,
 * what it accepts and what it got, e.g. `width must be an integer from 200 to 8192 (got "abc")`.
 */
import { z } from 'zod';
import { nearMiss } from '../near-miss';
import { FRAME_MIN, parseFrame } from '../seen-frame';
import { FIRST_PAINT_FRAME, firstPaintView } from '../first-paint-view';
import { DEFAULT_VIEW, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../region';
import { CAPTION_PLACES, type CaptionPlace } from '../scene-camera';
import { THEMES, type ThemeName } from '../style';
import { readDate } from '../timeline';
import type { View } from '../view';
import { type LayerToggle, LAYER_TOGGLES, parseHidden } from '../view-state';
import type { Background, Layout } from './render-svg';

import { FORMATS, type Format, LIMITS } from './limits';

export { FORMATS, LIMITS, type Format };
export const LAYOUTS = ['full', 'chart', 'map-only'] as const;
export const BACKGROUNDS = ['theme', 'transparent'] as const;
/** `headline=figures`: the latest figures in large type under the title (geo/render/figures-strip.ts). */
export const HEADLINES = ['none', 'figures'] as const;
export type Headline = (typeof HEADLINES)[number];


export interface ExportParams {
  /** The camera asked for (the first paint's view, with its frame, when neither it nor a scene is given). */
  view: View;
  /** `scene=N`: the presenter's scene N, its camera, highlight, claims and date (the view is then unused). */
  scene: number | null;
  /**
   * `caption=below|beside`: the bare map is the picture under a presenter's stage (`scene` and `layout=map-only`),
   * framed as the stage frames it: `below` keeps the top clear for the scene counter and the foot for the caption,
   * `beside` (a wide stage's caption stands beside the map) a margin all round. Null (the default): a picture for no
   * stage, its caption in its header or nowhere, framed with a margin all round.
   */
  caption: CaptionPlace | null;
  /** `date=YYYY-MM-DD`: what was known then (a day of the timeline; a scene's own date wins); null: the latest. */
  date: string | null;
  /**
   * `frame=WxH`: the size of the map the view was seen in (CSS pixels). The image then shows what that map showed
   * (all of it, in a map box of another shape), not the view's zoom at the image's size. null: the zoom as given.
   */
  frame: { width: number; height: number } | null;
  /** Layers the viewer hid (`hide=figures,zone,cities`, as in the page's address). */
  hidden: LayerToggle[];
  width: number;
  height: number;
  scale: number;
  format: Format;
  theme: ThemeName;
  background: Background;
  layout: Layout;
  /** null: the story's own title (or subtitle). A blank title is null (an image needs one); a blank subtitle is none. */
  title: string | null;
  subtitle: string | null;
  /** The newsroom's credit line, printed first in the footer ("Graphic: Jane Doe, The Daily"); null: none. */
  credit: string | null;
  /** `v=N`: the published data version N, drawn as it was then (such an address never changes); null: the latest. */
  version: number | null;
  /** `dpi=N`: the resolution the file says it is for print (A4 at 300 dpi; an SVG's width and height in mm); null: none said. */
  dpi: number | null;
  /** `headline=figures`: each series' latest figure in large type, beside the map or under the title (full layout). */
  headline: Headline;
}

export type ParseResult = { ok: true; params: ExportParams } | { ok: false; errors: string[] };

const KNOWN = ['zoom', 'lat', 'lng', 'frame', 'scene', 'caption', 'date', 'hide', 'width', 'height', 'scale', 'format', 'theme', 'background', 'layout', 'title', 'subtitle', 'credit', 'v', 'dpi', 'headline'];
// One spelling per number (no spaces, no leading zeros): `width=01200` and `width=1200` would be two cache entries,
// and two export links, for one picture.
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const INTEGER = /^(0|[1-9]\d*)$/;
const LOOSE_NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A text field trimmed, and empty if it has nothing to see: spaces, and format characters such as a zero-width space
 * (a title of one printed an image with an empty title band, where a blank title gives the story's own).
 */
const visible = (text: string | undefined) => (text === undefined || /^[\s\p{Cf}]*$/u.test(text) ? '' : text.trim());

const got = (raw: string) => ` (got ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)})`;

function number(name: string, min: number, max: number, integer: boolean) {
  const what = `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`;
  return z.string().superRefine((raw, ctx) => {
    const n = Number(raw);
    if ((integer ? INTEGER : DECIMAL).test(raw) && n >= min && n <= max) return;
    // A number in range spelt another way is told its one spelling; anything else, what the parameter accepts.
    const spelt = LOOSE_NUMBER.test(raw) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
    ctx.addIssue({ code: 'custom', message: spelt ? `${name} must be written ${n} (got ${JSON.stringify(raw)})` : what + got(raw) });
  }).transform(Number);
}

/** `v`'s value as a data version: digits without a leading zero (one address per version), a safe integer; else null. */
export function parseVersion(raw: string): number | null {
  return /^[1-9]\d*$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null;
}

/** The data version a query pins (`v=N`, given once and well formed), for choosing the data before the whole parse. */
export function pinnedVersion(searchParams: URLSearchParams): number | null {
  const values = searchParams.getAll('v');
  return values.length === 1 ? parseVersion(values[0]) : null;
}


/** A word from `values`, in any case, as `format` always was: `theme=Dark` was refused where `format=PNG` drew. */
function oneOf<T extends string>(name: string, values: readonly T[]) {
  return z.string().refine((raw) => (values as readonly string[]).includes(raw.toLowerCase()), {
    error: (issue) => `${name} must be one of ${values.join(', ')}${got(String(issue.input))}`,
  }).transform((raw) => raw.toLowerCase() as T);
}

function shortText(name: string) {
  return z.string().refine((raw) => [...raw].length <= LIMITS.maxText, {
    error: (issue) => `${name} must be at most ${LIMITS.maxText} characters (got ${[...String(issue.input)].length})`,
  }).superRefine((raw, ctx) => {
    // A control character draws nothing: `title=%00` printed an empty title band, `a%00b%01c` "abc", without a word.
    const control = /\p{Cc}/u.exec(raw);
    if (control) ctx.addIssue({ code: 'custom', message: `${name} has a control character (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which no picture can draw: leave it out` });
  });
}

const Query = z.object({
  zoom: number('zoom', MIN_ZOOM, MAX_ZOOM, false).optional(),
  lat: number('lat', REGION_BBOX[1], REGION_BBOX[3], false).optional(),
  lng: number('lng', REGION_BBOX[0], REGION_BBOX[2], false).optional(),
  frame: z.string().refine((raw) => parseFrame(raw) !== null, {
    error: (issue) => `frame must be WIDTHxHEIGHT, each an integer from ${FRAME_MIN} to ${LIMITS.maxSide}${got(String(issue.input))}`,
  }).transform((raw) => parseFrame(raw)!).optional(),
  scene: z.string().optional(),
  caption: oneOf('caption', CAPTION_PLACES).optional(),
  date: z.string().optional(),
  hide: z.string().refine((raw) => raw.split(',').every((t) => t === '' || (LAYER_TOGGLES as readonly string[]).includes(t)), {
    error: (issue) => `hide must list layers from ${LAYER_TOGGLES.join(', ')}, separated by commas${got(String(issue.input))}`,
  }).optional(),
  width: number('width', LIMITS.minSide, LIMITS.maxSide, true).default(1920),
  height: number('height', LIMITS.minSide, LIMITS.maxSide, true).default(1080),
  scale: number('scale', 1, LIMITS.maxScale, true).default(1),
  dpi: number('dpi', 72, 1200, true).optional(),
  // "jpg", as the files are named, is JPEG.
  format: z.string().transform((raw) => raw.toLowerCase()).transform((raw) => (raw === 'jpg' ? 'jpeg' : raw)).pipe(oneOf('format', FORMATS)).default('png'),
  theme: oneOf('theme', THEMES).default('light'),
  background: oneOf('background', BACKGROUNDS).default('theme'),
  layout: oneOf('layout', LAYOUTS).default('full'),
  headline: oneOf('headline', HEADLINES).default('none'),
  title: shortText('title').optional(),
  subtitle: shortText('subtitle').optional(),
  credit: shortText('credit').optional(),
  v: z.string().refine((raw) => parseVersion(raw) !== null, { error: (issue) => `v must be a positive integer${got(String(issue.input))}` })
    .transform((raw) => parseVersion(raw)!).optional(),
});

export interface ParseContext {
  /** How many presenter scenes there are (geo/data/scenes.json); none means `scene=N` is unknown. */
  sceneCount?: number;
  /** The timeline's dates (geo/timeline.ts): `date` must fall from the first to the last. */
  steps?: readonly string[];
}

export function parseExportParams(searchParams: URLSearchParams, context: ParseContext = {}): ParseResult {
  const errors: string[] = [];
  const raw: Record<string, string> = {};
  // A misspelt parameter was ignored, and the picture came out at its default ("heigth=900" gave 1080 px).
  for (const key of new Set(searchParams.keys())) {
    const meant = nearMiss(key, KNOWN);
    if (meant) errors.push(`${meant} is misspelt: the address has ${JSON.stringify(key.slice(0, 40))}, which is not a parameter`);
  }
  for (const key of KNOWN) {
    const values = searchParams.getAll(key);
    if (values.length > 1) errors.push(`${key} must be given once (got ${values.length} values)`);
    else if (values.length === 1) raw[key] = values[0];
  }
  const parsed = Query.safeParse(raw);
  if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
  if (errors.length || !parsed.success) return { ok: false, errors };
  const q = parsed.data;

  // Without a view, the picture shows what the page's first paint shows: the whole story, every figure in it. The old
  // default, the live map's zoom 4.6 at the picture's own size, cut Belarus's figures and the easternmost ones at the
  // edges of a social card's map.
  const viewGiven = q.zoom !== undefined || q.lat !== undefined || q.lng !== undefined || q.frame !== undefined;
  let view: View = viewGiven ? { zoom: q.zoom ?? DEFAULT_VIEW.zoom, lat: q.lat ?? DEFAULT_VIEW.lat, lng: q.lng ?? DEFAULT_VIEW.lng } : firstPaintView();
  const frame = viewGiven ? q.frame ?? null : { ...FIRST_PAINT_FRAME };
  let scene: number | null = null;
  if (q.scene !== undefined) {
    const count = context.sceneCount ?? 0;
    const n = Number(q.scene);
    if (q.zoom !== undefined || q.lat !== undefined || q.lng !== undefined || q.frame !== undefined) {
      errors.push('scene cannot be combined with zoom, lat, lng or frame: give one or the other');
    } else if (count === 0) {
      errors.push(`scene: unknown scene${got(q.scene)}: there are no scenes`);
    } else if (!INTEGER.test(q.scene) || n < 1 || n > count) {
      errors.push(`scene: unknown scene; scene must be an integer from 1 to ${count}${got(q.scene)}`);
    } else {
      scene = n;
    }
  }
  if (q.caption !== undefined && q.scene === undefined) errors.push(`caption needs scene: it says where a presenter scene's caption stands${got(q.caption)}`);
  else if (q.caption !== undefined && q.layout !== 'map-only') errors.push(`caption needs layout=map-only: only the bare map stands under a stage's caption; other layouts print the caption above the map${got(q.caption)}`);
  let date: string | null = null;
  if (q.date !== undefined) {
    const steps = context.steps ?? [];
    const day = readDate(q.date);
    // Written right but not a day of the calendar: said so (told to write YYYY-MM-DD, 2021-02-30 already was).
    if (day === null) errors.push(/^\d{4}-\d{2}-\d{2}$/.test(q.date) ? `date must be a day of the calendar${got(q.date)}` : `date must be a day written YYYY-MM-DD${got(q.date)}`);
    else if (steps.length === 0 || day < steps[0] || day > steps[steps.length - 1]) errors.push(`date must be from ${steps[0]} to ${steps.at(-1)}, the days of the timeline${got(q.date)}`);
    else date = day;
  }
  // Rounded as the URL hash rounds them, so equivalent requests share one ETag and one file name.
  view = { zoom: Math.round(view.zoom * 100) / 100, lat: Math.round(view.lat * 1e4) / 1e4, lng: Math.round(view.lng * 1e4) / 1e4 };

  const megapixels = (q.width * q.scale * q.height * q.scale) / 1e6;
  if (megapixels > LIMITS.maxMegapixels) {
    errors.push(`width × height × scale² must be at most ${LIMITS.maxMegapixels} megapixels (got ${q.width}×${q.height} at scale ${q.scale} = ${megapixels.toFixed(1)} megapixels): lower width, height or scale`);
  }
  if (q.background === 'transparent' && q.format === 'jpeg') {
    errors.push('background=transparent needs format png or svg (JPEG has no transparency)');
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    params: {
      view, frame, scene, caption: q.caption ?? null, date, hidden: parseHidden(q.hide ?? ''), width: q.width, height: q.height, scale: q.scale, format: q.format, theme: q.theme,
      background: q.background, layout: q.layout, title: visible(q.title) || null, subtitle: q.subtitle === undefined ? null : visible(q.subtitle), credit: visible(q.credit) || null, version: q.v ?? null, dpi: q.dpi ?? null,
      headline: q.headline,
    },
  };
}

