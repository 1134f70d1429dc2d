'use client';
import { useCallback, useEffect, useState } from 'react';

/** Marks the history entry the phone's sheet of figures was raised in (as a source card's: use-view-state.ts). */
const SHEET_ENTRY = 'buildupSheet';

/**
 * The phone's sheet of figures and sources, raised as a history entry of its own (the address stays the same): the
 * phone's Back lowers it, as it closes a source card, where it left the site. Lowering it by its handle or Escape
 * goes back over that entry; a source card opened from the sheet stacks its own entry on top.
 */
export function useSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onPopState = () => setOpen(Boolean(window.history.state?.[SHEET_ENTRY]));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const raise = useCallback(() => {
    window.history.pushState({ ...window.history.state, [SHEET_ENTRY]: true }, '', window.location.href);
    setOpen(true);
  }, []);
  const lower = useCallback(() => {
    if (window.history.state?.[SHEET_ENTRY]) window.history.back();
    else setOpen(false);
  }, []);
  const toggle = useCallback(() => (open ? lower() : raise()), [open, lower, raise]);
  return { open, toggle, lower };
}
