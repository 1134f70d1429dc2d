'use client';
import useSWR from 'swr';
import { fetchJson } from '@/components/data/use-buildup';

/** What `/api/buildup/markup` answers: the lists of claims, and the chart when asked for. */
export interface PanelMarkup { version: string; sources: string; table: string; chart?: string }

const ONCE = { revalidateOnFocus: false, revalidateIfStale: false, keepPreviousData: true } as const;
const address = (version: string, chart: boolean) => `/api/buildup/markup?for=${encodeURIComponent(version)}${chart ? '&chart=1' : ''}`;

/**
 * The lists of claims of the data version shown (the sources, the claims table), rendered by the server and asked
 * for once the page runs: null until they arrive; `failed` when they could not be had.
 */
export function useClaimListsMarkup(version: string) {
  const { data, error } = useSWR<PanelMarkup>(address(version, false), fetchJson, ONCE);
  return { lists: data ?? null, failed: Boolean(error) && !data };
}

/** The chart of a data version newer than the page's (a poll brought it): null while the page's own is current. */
export function useFreshChart(pageVersion: string, version: string): string | null {
  const key = version === pageVersion ? null : address(version, true);
  const { data } = useSWR<PanelMarkup>(key, fetchJson, ONCE);
  return key === null ? null : data?.chart ?? null;
}
