'use client';
import { useJson } from '@/components/data/use-json';

/** What `/api/buildup/markup` answers: the lists of claims, and the chart and the server-drawn map when asked for. */
export interface PanelMarkup { version: string; sources: string; table: string; chart?: string; map?: string }

const address = (version: string, parts: { chart?: boolean; map?: boolean } = {}) =>
  `/api/buildup/markup?for=${encodeURIComponent(version)}${parts.chart ? '&chart=1' : ''}${parts.map ? '&map=1' : ''}`;

/**
 * The lists of claims of the data version shown (the sources, the claims table), rendered by the server and asked
 * for once the page runs: null until they arrive; `failed` when they could not be had.
 */
export function useClaimListsMarkup(version: string) {
  const { data, error } = useJson<PanelMarkup>(address(version));
  return { lists: data ?? null, failed: Boolean(error) && !data };
}

/**
 * The server-drawn markup of a data version newer than the page's (a poll brought it): the map under the live one,
 * and the chart when the page has one. Each is null while the page's own is current.
 */
export function useFreshMarkup(pageVersion: string, version: string, { chart }: { chart: boolean }): { chart: string | null; map: string | null } {
  const key = version === pageVersion ? null : address(version, { chart, map: true });
  const { data } = useJson<PanelMarkup>(key);
  return { chart: (key && data?.chart) || null, map: (key && data?.map) || null };
}
