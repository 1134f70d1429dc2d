'use client';
import type { PagePayload } from '@/geo/buildup-payload';
import { prefetchJson, useJson } from './use-json';

/** How often open dashboards and presenter screens look for edited claims (cheap: answered 304 when unchanged). */
export const BUILDUP_REFRESH_MS = 3000;

const LATEST = '/api/buildup';

/** Whether this page's head preloads `url` for this window (MapPreloads: wide windows of `/` and `/embed`). */
function preloadedHere(url: string): boolean {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="preload"][as="fetch"][href="${url}"]`);
  return link !== null && (!link.media || window.matchMedia(link.media).matches);
}

// Where the head preloads the latest claims (the windows whose live map starts at once, and waits for them), the first
// fetch is made as this module runs and takes the preload's answer while it is fresh. Elsewhere (phones; a pinned
// embed) the first fetch waits for the page to mount, as before.
if (typeof window !== 'undefined' && preloadedHere(LATEST)) prefetchJson(LATEST);

/**
 * The claims every view shows. Starts from what the server rendered (no flash, no loading state) and keeps
 * the last good data on screen when a refresh fails; `refreshFailed` lets the UI say so. A page embeds the claims
 * summarised (geo/buildup-payload.ts), so the first look at `/api/buildup` is as soon as the page runs: it brings
 * them whole, as `whole`, for what needs them (source cards, the figures' places for the live map), while `buildup`
 * stays the page's own until the data version changes, so nothing else is drawn again. Then it polls. A view pinned
 * to a data version (the embed's `?v=N`) asks for that version once (again after a failed request): it never changes.
 */
export function useBuildup<P extends PagePayload>(initial: P, { pinned = null }: { pinned?: number | null } = {}) {
  const { data, error } = useJson<P>(pinned === null ? LATEST : `${LATEST}?v=${pinned}`, pinned === null
    ? { refreshMs: BUILDUP_REFRESH_MS, refreshOnFocus: true }
    : {});
  const buildup = data && data.version !== initial.version ? data : initial;
  return { buildup, whole: data ?? null, refreshFailed: Boolean(error) };
}
