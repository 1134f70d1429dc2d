'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { withVersion } from '@/geo/pinned-version';
import { formatQuery, type ViewState } from '@/geo/view-state';

/**
 * Changes of the date in a row (scrubbing, holding an arrow key, stepping through, playing) write the address once,
 * when the date has rested this long: history.replaceState (which Next's router watches) cost 2–3 ms a step.
 */
const ADDRESS_DELAY_MS = 1000;

/** The address write still waiting for the date to rest, if any (see flushAddress). */
let pendingWrite: (() => void) | null = null;

/** Writes a waiting address now: for whatever reads the address (Copy link) right after a new date. */
export function flushAddress(): void {
  pendingWrite?.();
}

/**
 * The viewer's choices, mirrored into the address (hash untouched) so "Copy link" carries them. A new date is written
 * once it rests (ADDRESS_DELAY_MS), not on every step. A pinned embed keeps its `?v=N` in the address, so a reload shows the same data version.
 */
export function useViewState(initial: ViewState, version: number | null = null) {
  const [state, setState] = useState(initial);
  const written = useRef(initial);
  useEffect(() => {
    if (written.current === state) return;
    const write = () => {
      if (pendingWrite === write) pendingWrite = null;
      written.current = state;
      const url = `${window.location.pathname}${withVersion(formatQuery(state), version)}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
    };
    // Only a new date waits (it comes in runs); any other choice is in the address at once, for Copy link.
    const onlyTheDate = formatQuery({ ...written.current, date: null }) === formatQuery({ ...state, date: null });
    if (!onlyTheDate) return write();
    pendingWrite = write;
    const timer = window.setTimeout(write, ADDRESS_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (pendingWrite === write) pendingWrite = null;
    };
  }, [state, version]);
  const update = useCallback((change: Partial<ViewState>) => setState((current) => ({ ...current, ...change })), []);
  return [state, update] as const;
}
