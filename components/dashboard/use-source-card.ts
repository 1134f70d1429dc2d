'use client';
import { useCallback, useRef } from 'react';
import type { ClaimSummary } from '@/geo/buildup';
import type { ViewState } from '@/geo/view-state';

/**
 * The open source card lives in the address (?source=); closing it returns focus to what opened it. An address naming
 * a claim the data does not hold (an old link to a retracted one) opens the card too, to say so (`missing`).
 */
export function useSourceCard(claims: readonly ClaimSummary[], state: ViewState, update: (change: Partial<ViewState>) => void) {
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useCallback((id: string, opener: HTMLElement) => {
    openerRef.current = opener;
    update({ source: id });
  }, [update]);
  const close = useCallback(() => {
    update({ source: null });
    openerRef.current?.focus();
  }, [update]);
  const claim = claims.find((c) => c.id === state.source) ?? null;
  return { claim, missing: claim === null && state.source ? state.source : null, open, close };
}
