'use client';
import { useEffect, useEffectEvent, useState } from 'react';

/**
 * What `load` brings (the map engine and the live map's code) once it is wanted (useDeferredEngine decides when), or
 * null. A failed download is reported and tried again when `attempt` changes (the viewer's Retry).
 */
export function useEngine<T>(wanted: boolean, attempt: number, onError: (message: string) => void, load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  const failed = useEffectEvent((message: string) => onError(message));
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    load().then(
      (value) => !cancelled && setLoaded(() => value),
      (error: Error) => !cancelled && failed(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, attempt, load]);
  return loaded;
}
