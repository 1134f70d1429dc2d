'use client';
import { useCallback, useState } from 'react';

export type MapState = 'loading' | 'idle' | 'error' | 'fallback';

export interface MapStatus {
  state: MapState;
  /** What the viewer is told when the live map cannot be shown (the server-drawn map stays). */
  failure: string | null;
  /** The live map reached idle; ignored once it failed. */
  idle(): void;
  fail(state: 'error' | 'fallback', message: string): void;
  /** Back to loading (a retry). */
  reset(): void;
}

/** The map's `data-map-state` contract: loading → idle | error | fallback, with a message for the last two. */
export function useMapStatus(): MapStatus {
  const [state, setState] = useState<MapState>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  const idle = useCallback(() => setState((s) => (s === 'loading' ? 'idle' : s)), []);
  const fail = useCallback((next: 'error' | 'fallback', message: string) => {
    setFailure(message);
    setState(next);
  }, []);
  const reset = useCallback(() => {
    setFailure(null);
    setState('loading');
  }, []);
  return { state, failure, idle, fail, reset };
}
