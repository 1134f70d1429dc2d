'use client';
import useSWR from 'swr';
import type { BuildupPayload } from '@/geo/buildup-payload';

/** How often open dashboards and presenter screens look for edited claims (cheap: answered 304 when unchanged). */
export const BUILDUP_REFRESH_MS = 3000;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The claims every view shows. Starts from what the server rendered (no flash, no loading state) and keeps
 * the last good data on screen when a refresh fails; `refreshFailed` lets the UI say so. A view pinned to a data
 * version (the embed's `?v=N`) has all it will ever show from the server, so it never asks again.
 */
export function useBuildup(initial: BuildupPayload, { pinned = false }: { pinned?: boolean } = {}) {
  const { data, error } = useSWR<BuildupPayload>(pinned ? null : '/api/buildup', fetchJson, {
    fallbackData: initial,
    // The server rendered it a moment ago: the first look is the first poll, not a request during start-up.
    revalidateOnMount: false,
    refreshInterval: BUILDUP_REFRESH_MS,
    revalidateOnFocus: true,
    keepPreviousData: true,
    errorRetryInterval: BUILDUP_REFRESH_MS,
  });
  return { buildup: data ?? initial, refreshFailed: Boolean(error) };
}
