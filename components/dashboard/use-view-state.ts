'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { withVersion } from '@/geo/pinned-version';
import { DEFAULT_STATE, formatQuery, type ViewState } from '@/geo/view-state';

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

/** Marks the history entry a source card opened (see `cardInHistory`). */
const CARD_ENTRY = 'buildupSourceCard';
/**
 * What the address was last written from, after Back or Forward: the entry's own address, which the state's next
 * write replaces (never pushes over, nor goes back from). Closing a card went back to the entry from before it, whose
 * date was older than the one on screen.
 */
const FROM_HISTORY: ViewState = { ...DEFAULT_STATE };

/**
 * The viewer's choices, mirrored into the address (hash untouched) so "Copy link" carries them. A new date is written
 * once it rests (ADDRESS_DELAY_MS), not on every step. A pinned embed keeps its `?v=N` in the address, so a reload shows the same data version.
 * `cardInHistory` (the dashboard): opening a source card is a history entry of its own, so the browser's Back (a
 * phone's above all) closes the card, as it closes any sheet there, instead of leaving the site; closing it by its
 * button or Escape goes back over that entry.
 */
export function useViewState(initial: ViewState, version: number | null = null, { cardInHistory = false } = {}) {
  const [state, setState] = useState(initial);
  const written = useRef(initial);
  useEffect(() => {
    if (!cardInHistory) return;
    // Back (or Forward) over a card's entry: the card follows the address; the rest of the state stays as it is.
    const onPopState = () => {
      written.current = FROM_HISTORY;
      setState((current) => ({ ...current, source: new URLSearchParams(window.location.search).get('source') }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [cardInHistory]);
  useEffect(() => {
    if (written.current === state) return;
    const write = () => {
      if (pendingWrite === write) pendingWrite = null;
      const before = written.current;
      written.current = state;
      const url = `${window.location.pathname}${withVersion(formatQuery(state), version)}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (cardInHistory && before !== FROM_HISTORY) {
        if (!before.source && state.source) return window.history.pushState({ ...window.history.state, [CARD_ENTRY]: true }, '', url);
        if (before.source && !state.source && window.history.state?.[CARD_ENTRY]) return window.history.back();
      }
      window.history.replaceState(window.history.state, '', url);
    };
    // Only a new date waits (it comes in runs); any other choice is in the address at once, for Copy link. After
    // Back or Forward the address is the entry's own: it takes the screen's date at once, or a reload within the
    // second showed the entry's older date.
    const onlyTheDate = formatQuery({ ...written.current, date: null }) === formatQuery({ ...state, date: null });
    if (!onlyTheDate || written.current === FROM_HISTORY) return write();
    pendingWrite = write;
    const timer = window.setTimeout(write, ADDRESS_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      if (pendingWrite === write) pendingWrite = null;
    };
  }, [state, version, cardInHistory]);
  const update = useCallback((change: Partial<ViewState>) => setState((current) => ({ ...current, ...change })), []);
  return [state, update] as const;
}
