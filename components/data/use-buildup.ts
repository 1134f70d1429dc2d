'use client';
import type { PagePayload } from '@/geo/buildup-payload';
import { readVersionParam, VERSION_PARAM } from '@/geo/pinned-version';
import { prefetchJson, useJson } from './use-json';

/** How often open dashboards and presenter screens look for edited claims (cheap: answered 304 when unchanged). */
export const BUILDUP_REFRESH_MS = 3000;

const LATEST = '/api/buildup';

// Every view that reads the claims asks for them as it mounts; the latest are asked for as soon as this module runs,
// since the live map is created only once it has them (the embed pinned by `?v=` asks for its version as it mounts).
if (typeof window !== 'undefined' && readVersionParam(new URLSearchParams(window.location.search).get(VERSION_PARAM)).kind === 'none') prefetchJson(LATEST);

/**
 * The claims every view shows. Starts from what the server rendered (no flash, no loading state) and keeps
 * the last good data on screen when a refresh fails; `refreshFailed` lets the UI say so. A page embeds the claims
 * summarised (geo/buildup-payload.ts), so the first look at `/api/buildup` is as soon as the page runs: it brings
 * them whole, as `whole`, for what needs them (source cards, the figures' places for the live map), while `buildup`
 * stays the page's own until the data version changes, so nothing else is drawn again. Then it polls. A view pinned
 * to a data version (the embed's `?v=N`) asks for that version once and never again: it never changes.
 */
export function useBuildup<P extends PagePayload>(initial: P, { pinned = null }: { pinned?: number | null } = {}) {
  const { data, error } = useJson<P>(pinned === null ? LATEST : `${LATEST}?v=${pinned}`, pinned === null
    ? { refreshMs: BUILDUP_REFRESH_MS, refreshOnFocus: true }
    : {});
  const buildup = data && data.version !== initial.version ? data : initial;
  return { buildup, whole: data ?? null, refreshFailed: Boolean(error) };
}
