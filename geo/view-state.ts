/**
 * The one view state: everything that decides the picture, parsed once from the address with defaults for junk.
 * The camera lives in the hash (`#zoom/lat/lng`, geo/view.ts), the presenter's scene in the path (`/present/N`),
 * the rest in the query. The live map, the server-drawn SVG, the presenter stage, the embed and /api/export all
 * take this value, so the same address opens the same picture on every surface. Junk is ignored, never an error.
 */
import { CLAIM_ID } from './claim-words';
import { isTheme, type ThemeName } from './tokens';
import { readDate } from './timeline';
import { readViewHash, type View } from './view';

export const LAYER_TOGGLES = ['figures', 'zone', 'cities'] as const;
export type LayerToggle = (typeof LAYER_TOGGLES)[number];

export const LAYER_TOGGLE_LABELS: Record<LayerToggle, string> = {
  figures: 'Troop figures',
  zone: 'Border zone',
  cities: 'Cities',
};

export interface ViewState {
  /** The camera in the hash; null: the default framing for the window's shape. */
  view: View | null;
  /** null: the viewer's system setting. */
  theme: ThemeName | null;
  /** Canonical: in LAYER_TOGGLES order, each at most once. */
  hidden: LayerToggle[];
  /**
   * The open source card: a claim id. One the data does not hold (an old link to a retracted claim) is kept, so the
   * card can say so; anything not shaped like an id is dropped.
   */
  source: string | null;
  /** The presenter's scene, 1-based. */
  scene: number | null;
  /** What was known on this date (YYYY-MM-DD, inside the timeline); null: the latest. */
  date: string | null;
}

export const DEFAULT_STATE: ViewState = { view: null, theme: null, hidden: [], source: null, scene: null, date: null };

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The longest value any parameter may have; a longer one is ignored whole. */
export const MAX_VALUE = 200;

/** The parameter's first value as given, however long. */
export function firstRaw(input: QueryInput, key: string): string | null {
  const value = input instanceof URLSearchParams ? input.get(key) : input[key];
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? text : null;
}

export function first(input: QueryInput, key: string): string | null {
  const text = firstRaw(input, key);
  return text !== null && text.length <= MAX_VALUE ? text : null;
}

export function parseHidden(text: string | null): LayerToggle[] {
  const named = (text ?? '').split(',');
  return LAYER_TOGGLES.filter((t) => named.includes(t));
}

/** `/present/7` → 7; anything else → the nearest scene (junk → the first). */
export function sceneFromPath(pathname: string, count: number): number {
  const match = /^\/present\/?([^/]*)/.exec(pathname);
  const raw = match?.[1] ?? '';
  // Any length of digits: a number too long for six (9999999999999999) is past the last scene, not junk (it went to the first).
  const n = /^-?\d+$/.test(raw) ? Number(raw) : 1;
  return Math.min(count, Math.max(1, n));
}

export interface Address {
  query?: QueryInput;
  hash?: string | null;
  /** Only /present/N paths carry a scene. */
  path?: string;
}

export interface StateContext {
  /** Known claims: `?source=` must name one. */
  claimIds?: readonly string[];
  /** How many presenter scenes there are. */
  sceneCount?: number;
  /** The timeline's dates: `?date=` must fall between the first and the last. */
  steps?: readonly string[];
}

/** A date inside the timeline, or null (junk, or outside it: the latest is shown, as with no date). */
export function dateWithin(raw: string | null | undefined, steps: readonly string[] = []): string | null {
  const date = readDate(raw);
  return date && steps.length > 0 && date >= steps[0] && date <= steps[steps.length - 1] ? date : null;
}

export function parseViewState(address: Address, context: StateContext = {}): ViewState {
  const query = address.query ?? {};
  const theme = first(query, 'theme');
  const source = first(query, 'source');
  const path = address.path ?? '';
  const presenting = /^\/present(\/|$)/.test(path) && !/^\/present\/notes/.test(path);
  return {
    view: readViewHash(address.hash),
    theme: isTheme(theme) ? theme : null,
    hidden: parseHidden(first(query, 'hide')),
    source: source && ((context.claimIds ?? []).includes(source) || CLAIM_ID.test(source)) ? source : null,
    scene: presenting && (context.sceneCount ?? 0) > 0 ? sceneFromPath(path, context.sceneCount!) : null,
    date: dateWithin(first(query, 'date'), context.steps),
  };
}

/** The query part of the address for these choices (only what differs from the defaults). */
export function formatQuery(state: Pick<ViewState, 'theme' | 'hidden' | 'source'> & { date?: string | null }): string {
  const pairs: [string, string][] = [];
  if (state.date) pairs.push(['date', state.date]);
  if (state.theme) pairs.push(['theme', state.theme]);
  if (state.hidden.length > 0) pairs.push(['hide', state.hidden.join(',')]);
  if (state.source) pairs.push(['source', state.source]);
  // Commas stay commas (`hide=figures,cities`): they are allowed in a query and read better than %2C.
  const text = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&');
  return text ? `?${text}` : '';
}
