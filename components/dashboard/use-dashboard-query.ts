'use client';
import { useCallback, useState } from 'react';
import { formatDashboardQuery, type DashboardQuery } from '@/geo/url-state';

/** The viewer's choices, mirrored into the address (hash untouched) so "Copy link" carries them. */
export function useDashboardQuery(initial: DashboardQuery) {
  const [query, setQuery] = useState(initial);
  const update = useCallback((change: Partial<DashboardQuery>) => {
    setQuery((current) => {
      const next = { ...current, ...change };
      const url = `${window.location.pathname}${formatDashboardQuery(next)}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
      return next;
    });
  }, []);
  return [query, update] as const;
}
