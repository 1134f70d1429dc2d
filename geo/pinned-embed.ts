import 'server-only';
/**
 * A pinned embed (`/embed?v=N`): data version N exactly as published, for an article that must keep showing the
 * figures it was written about. A `v` that names no version (junk, 0, or one not published yet) shows the latest
 * data with a note saying so, and is cached as the latest is: a reader of an article with a mistyped embed code
 * still gets the map, and a version published later is not hidden behind a cached fallback.
 */
import { type Current, dataAtVersion } from '@/store/current';
import { formatDate } from './format';
import { readVersionParam, VERSION_PARAM } from './pinned-version';

/** A published data version never changes: the page showing it may be kept by any cache for good. */
export const PINNED_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface PinnedEmbed {
  /** The version shown; null: the latest, followed as it changes. */
  data: (Current & { version: number }) | null;
  /** Why the latest is shown although `v` asked for something else; null when nothing needs saying. */
  notice: string | null;
}

/** `shows`: what the page does with the latest data when `v` names no version, in its notice ("this map shows"). */
export async function pinnedEmbed(value: string | string[] | null | undefined, shows = 'this map shows'): Promise<PinnedEmbed> {
  const pinned = await pinnedVersion(value, shows);
  const others = otherVersionsNotice(value);
  if (!others) return pinned;
  return { ...pinned, notice: pinned.notice ? `${pinned.notice} ${others}` : others };
}

/**
 * `v=3&v=5`: the first is read (as proxy.ts and /api/buildup read it), and the page says so rather than pin a
 * version the embed code's author may not have meant without a word.
 */
function otherVersionsNotice(value: string | string[] | null | undefined): string | null {
  if (!Array.isArray(value)) return null;
  const [firstAsked, ...rest] = value.map((v) => (v.length > 24 ? `${v.slice(0, 24)}…` : v));
  const others = [...new Set(rest)].filter((v) => v !== firstAsked);
  if (others.length === 0) return null;
  return `The address names more than one data version: only the first, “${firstAsked}”, is read (not ${others.map((v) => `“${v}”`).join(' or ')}).`;
}

async function pinnedVersion(value: string | string[] | null | undefined, shows: string): Promise<PinnedEmbed> {
  const asked = readVersionParam(value);
  if (asked.kind === 'none') return { data: null, notice: null };
  if (asked.kind === 'junk') return { data: null, notice: `“${asked.raw}” is not a data version: ${shows} the latest data.` };
  try {
    const data = await dataAtVersion(asked.version);
    if (data) return { data: { ...data, version: asked.version }, notice: null };
    return { data: null, notice: `There is no data version ${asked.version}: ${shows} the latest data.` };
  } catch {
    // The store failed for a moment: the latest (in memory) is still there, and this answer is not cached for good.
    return { data: null, notice: `Data version ${asked.version} could not be read just now: ${shows} the latest data.` };
  }
}

/** "Data as published 1 December 2026 (version 4)": the discreet line a pinned embed shows. */
export const pinnedLabel = (data: { version: number; publishedAt: string }) =>
  `Data as published ${formatDate(data.publishedAt.slice(0, 10))} (version ${data.version})`;

/**
 * For proxy.ts: the Cache-Control of `/embed?v=N` when N is a published version (the page then shows exactly that
 * version: both read it through dataAtVersion's shared memo); null: the default of a page.
 */
export async function embedCacheControl(url: Pick<URL, 'pathname' | 'searchParams'>): Promise<string | null> {
  if (url.pathname !== '/embed' || !url.searchParams.has(VERSION_PARAM)) return null;
  const { data } = await pinnedEmbed(url.searchParams.get(VERSION_PARAM));
  return data ? PINNED_CACHE_CONTROL : null;
}
