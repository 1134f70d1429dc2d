/**
 * What a page tells a viewer whose address asks for something it does not have, and the address it writes instead.
 * The view state ignores junk (geo/view-state.ts: never an error, the page still opens); this says what was ignored,
 * in the note under the date control, so a mistyped link or embed code is caught by whoever made it:
 * - a `date` the timeline does not have (not a real day, or outside it): the latest is shown;
 * - a `hide` name no layer toggle has (`hide=roads`, `hide=Cities`): the layers it does name are hidden, the rest shown;
 * - a `theme` that is neither light nor dark: the viewer's system setting is followed.
 * Computed on the server (the page's script only writes the address it is given), so the dashboard's first script
 * carries none of it.
 */
import { formatDate } from './format';
import { isTheme, THEMES } from './tokens';
import { dateWithin, firstRaw, LAYER_TOGGLES, MAX_VALUE, type QueryInput } from './view-state';

/** How much of a value the address gave is repeated back (an address can be thousands of characters long). */
const NOTICE_VALUE_CHARS = 24;
/** How many unknown layer names are repeated back; more are counted. */
const NOTICE_NAMES = 3;

/** “value”, cut by code point (a character outside the Basic Multilingual Plane is never cut in half). */
function quoted(raw: string): string {
  const chars = Array.from(raw);
  return `“${chars.length > NOTICE_VALUE_CHARS ? `${chars.slice(0, NOTICE_VALUE_CHARS).join('')}…` : raw}”`;
}

/** "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Whether a `date` the address gave is ignored (junk, or outside the timeline). Raw: a value too long is junk. */
function dateIgnored(raw: string | null, steps: readonly string[]): boolean {
  return !!raw && steps.length > 0 && dateWithin(raw, steps) === null;
}

/**
 * A date the timeline does not have (`raw`: the address's first `date`, as given): it is ignored and the latest shown,
 * as without one (never an error), and this says so, with the dates there are. Null when nothing needs saying.
 * `shows`: what shows the latest instead (the presenter's dated scenes keep their own dates whatever the address says).
 * It takes the value rather than the query so that the stage's script needs no query reading of its own: that kept
 * two of view-state.ts's functions in every page's script, the dashboard's over its budget by 37 bytes.
 */
export function dateNotice(raw: string | null, steps: readonly string[], shows = 'this shows'): string | null {
  if (!dateIgnored(raw, steps)) return null;
  const [from, to] = [formatDate(steps[0]), formatDate(steps[steps.length - 1])];
  return `${quoted(raw!)} is not a date from ${from} to ${to} (written YYYY-MM-DD): ${shows} the latest, ${to}.`;
}

/** The names in `hide` that no layer toggle has, each once, in the address's order (a value too long is one name). */
function unknownLayers(query: QueryInput): string[] {
  const raw = firstRaw(query, 'hide');
  if (!raw) return [];
  if (raw.length > MAX_VALUE) return [raw];
  const known: readonly string[] = LAYER_TOGGLES;
  return [...new Set(raw.split(',').filter((name) => name !== '' && !known.includes(name)))];
}

/** `hide=roads`: the layers named that the map has are hidden, and this names the others and the names there are. */
export function hideNotice(query: QueryInput): string | null {
  const unknown = unknownLayers(query);
  if (unknown.length === 0) return null;
  const shown = unknown.slice(0, NOTICE_NAMES).map(quoted);
  const more = unknown.length - shown.length;
  const names = more > 0 ? `${shown.join(', ')} and ${more} more` : listed(shown);
  const isAre = unknown.length === 1 ? 'is not a layer' : 'are not layers';
  return `${names} ${isAre} this map can hide (the address can name ${listed(LAYER_TOGGLES)}).`;
}

/** `theme=purple`: the viewer's system setting is followed, as without one. */
export function themeNotice(query: QueryInput): string | null {
  const raw = firstRaw(query, 'theme');
  if (!raw || isTheme(raw)) return null;
  return `${quoted(raw)} is not a theme (the address can name ${listed(THEMES)}): this follows your system’s setting.`;
}

/** Everything the address asked for and the page ignores, said in one note; null when nothing needs saying. */
function noticeText(query: QueryInput, steps: readonly string[]): string | null {
  const parts = [dateNotice(firstRaw(query, 'date'), steps), hideNotice(query), themeNotice(query)].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function* pairs(query: QueryInput): Generator<[string, string]> {
  if (query instanceof URLSearchParams) {
    yield* query.entries();
    return;
  }
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) if (typeof one === 'string') yield [key, one];
  }
}

/**
 * The query the page writes into its address once it has said what it ignored: the ignored date and theme left out,
 * `hide` down to the layers it names that the map has, a second `date`, `theme` or `hide` (never read) left out, and
 * everything else as it was (a `source`, a pinned `v`, an article's tracking tag). "Copy link" and "Copy embed code"
 * copied `?date=2022-13-45`, and every reader of the article would have seen the note in its embed.
 */
function queryWithoutIgnored(query: QueryInput, steps: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const [key, value] of pairs(query)) {
    const repeated = seen.has(key);
    seen.add(key);
    let written: string | null = value;
    if (key === 'date') written = repeated || dateIgnored(firstRaw(query, 'date'), steps) ? null : value;
    else if (key === 'theme') written = repeated || !isTheme(value) ? null : value;
    else if (key === 'hide') {
      const known = value.length > MAX_VALUE ? [] : LAYER_TOGGLES.filter((t) => value.split(',').includes(t));
      written = repeated || known.length === 0 ? null : known.join(',');
    }
    // Commas stay commas (`hide=figures,cities`), as formatQuery writes them.
    if (written !== null) kept.push(`${encodeURIComponent(key)}=${encodeURIComponent(written).replace(/%2C/g, ',')}`);
  }
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

export interface AddressNotice {
  /** What the page says, under the date control. */
  text: string;
  /** The query (with its "?", or empty) the page writes into its address instead of the one it was opened with. */
  query: string;
}

/** Null when the page ignores nothing the address asked for. */
export function addressNotice(query: QueryInput, steps: readonly string[]): AddressNotice | null {
  const text = noticeText(query, steps);
  return text === null ? null : { text, query: queryWithoutIgnored(query, steps) };
}
