'use client';
import { useCallback, useRef } from 'react';
import type { NumberedClaim } from '@/geo/buildup';
import type { DashboardQuery } from '@/geo/url-state';

/** The open source card lives in the address (?source=); closing it returns focus to what opened it. */
export function useSourceCard(claims: NumberedClaim[], query: DashboardQuery, updateQuery: (change: Partial<DashboardQuery>) => void) {
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useCallback((id: string, opener: HTMLElement) => {
    openerRef.current = opener;
    updateQuery({ source: id });
  }, [updateQuery]);
  const close = useCallback(() => {
    updateQuery({ source: null });
    openerRef.current?.focus();
  }, [updateQuery]);
  return { claim: claims.find((c) => c.id === query.source) ?? null, open, close };
}
