'use client';
import { useCallback } from 'react';
import type { Timeline } from '@/components/data/use-timeline';
import { withVersion } from '@/geo/pinned-version';
import { formatQuery, type ViewState } from '@/geo/view-state';

/**
 * Moving through time: a step becomes the address's `?date=` (none for the latest, the default), and each step has an
 * address of its own for the links that work without script (keeping a pinned embed's `?v=N`).
 */
export function useDateStep(timeline: Pick<Timeline, 'steps'>, state: ViewState, update: (change: Partial<ViewState>) => void, version: number | null = null) {
  const { steps } = timeline;
  const dateOf = useCallback((step: number) => (step >= steps.length - 1 ? null : steps[step]), [steps]);
  const go = useCallback((step: number) => update({ date: dateOf(step) }), [update, dateOf]);
  const { theme, hidden } = state;
  const hrefFor = useCallback(
    (step: number) => `${withVersion(formatQuery({ theme, hidden, source: null, date: dateOf(step) }), version) || '?'}`,
    [theme, hidden, dateOf, version],
  );
  return { go, hrefFor };
}
