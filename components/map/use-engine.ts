'use client';
import { useEffect, useEffectEvent, useState } from 'react';
import { loadEngine, type MapEngine } from './load-engine';

/**
 * The map engine once it is wanted (useDeferredEngine decides when), or null. A failed download (of the engine, or of
 * whatever else `load` fetches with it) is reported and tried again when `attempt` changes (the viewer's Retry).
 */
export function useEngine(wanted: boolean, attempt: number, onError: (message: string) => void, load: () => Promise<MapEngine> = loadEngine): MapEngine | null {
  const [engine, setEngine] = useState<MapEngine | null>(null);
  const failed = useEffectEvent((message: string) => onError(message));
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    load().then(
      (loaded) => !cancelled && setEngine(() => loaded),
      (error: Error) => !cancelled && failed(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, attempt, load]);
  return engine;
}
