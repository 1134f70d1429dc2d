'use client';
import { useJson } from '@/components/data/use-json';

/** What `/api/buildup/markup` answers: the lists of claims, and the chart when asked for. */
export interface PanelMarkup { version: string; sources: string; table: string; chart?: string }

const address = (version: string, chart: boolean) => `/api/buildup/markup?for=${encodeURIComponent(version)}${chart ? '&chart=1' : ''}`;

/**
 * The lists of claims of the data version shown (the sources, the claims table), rendered by the server and asked
 * for once the page runs: null until they arrive; `failed` when they could not be had.
 */
export function useClaimListsMarkup(version: string) {
  const { data, error } = useJson<PanelMarkup>(address(version, false));
  return { lists: data ?? null, failed: Boolean(error) && !data };
}

/** The chart of a data version newer than the page's (a poll brought it): null while the page's own is current. */
export function useFreshChart(pageVersion: string, version: string): string | null {
  const key = version === pageVersion ? null : address(version, true);
  const { data } = useJson<PanelMarkup>(key);
  return key === null ? null : data?.chart ?? null;
}
