'use client';
import { useCallback, useState } from 'react';
import { formatQuery, type ViewState } from '@/geo/view-state';

/** The viewer's choices, mirrored into the address (hash untouched) so "Copy link" carries them. */
export function useViewState(initial: ViewState) {
  const [state, setState] = useState(initial);
  const update = useCallback((change: Partial<ViewState>) => {
    setState((current) => {
      const next = { ...current, ...change };
      const url = `${window.location.pathname}${formatQuery(next)}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
      return next;
    });
  }, []);
  return [state, update] as const;
}
