'use client';
import { useEffect, useRef, useState } from 'react';

export async function fetchJsonText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

export interface JsonOptions {
  /** Ask again this often while the page is visible (ms); none: ask once per address. */
  refreshMs?: number;
  /** Ask again when the viewer comes back to the page. */
  refreshOnFocus?: boolean;
}

/**
 * A JSON resource a public page reads once or polls: the answer for `url` (null: ask nothing), kept while a newer
 * address is asked for and when a request fails (`error` says so). An answer equal to the last keeps its identity,
 * so what is drawn from it is not drawn again. The desk uses swr; the public pages use this, because swr's cache,
 * de-duplication and mutation, which they do not use, cost 5 KB gzip of their 150 KB budget of script.
 */
export function useJson<T>(url: string | null, { refreshMs, refreshOnFocus = false }: JsonOptions = {}): { data: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ data: T | undefined; error: Error | null }>({ data: undefined, error: null });
  const lastText = useRef<string | null>(null);
  useEffect(() => {
    if (url === null) return;
    let stale = false;
    const load = async () => {
      try {
        const text = await fetchJsonText(url);
        if (stale) return;
        if (text === lastText.current) return setState((s) => (s.error ? { ...s, error: null } : s));
        lastText.current = text;
        setState({ data: JSON.parse(text) as T, error: null });
      } catch (error) {
        if (!stale) setState((s) => ({ ...s, error: error as Error }));
      }
    };
    void load();
    const timer = refreshMs ? window.setInterval(() => !document.hidden && void load(), refreshMs) : undefined;
    const onVisible = () => document.visibilityState === 'visible' && void load();
    if (refreshOnFocus) document.addEventListener('visibilitychange', onVisible);
    return () => {
      stale = true;
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [url, refreshMs, refreshOnFocus]);
  return state;
}
